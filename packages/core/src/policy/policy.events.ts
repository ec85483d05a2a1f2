import * as t from 'io-ts';
import { CompanySizeCodec } from '../debtor/debtor.events';
import { ReminderChannel, ReminderKind } from '../invoice/invoice.events';

/** One rung of the reminder ladder: what goes out how many days after the due date. */
export const LadderLevel = t.readonly(
  t.strict({
    level: t.number,
    kind: ReminderKind,
    afterDueDays: t.number,
    channel: ReminderChannel,
  }),
  'LadderLevel',
);
export type LadderLevel = t.TypeOf<typeof LadderLevel>;

/**
 * A tenant's reminder policy (the `/policy` resource of the HTTP contract).
 * `collectionCostsVatPercent`, when set, is the VAT rate added to the statutory collection
 * costs because the tenant cannot deduct the VAT (not a VAT-registered business); left out,
 * the costs carry no VAT. `companySize`, when set, is how large the tenant itself is (art.
 * 2:397 BW), the creditor's side of the payment-term check of art. 6:119a lid 6 BW; left
 * out, it is unknown. Older policies without either still decode.
 */
export const ReminderPolicy = t.readonly(
  t.intersection([
    t.strict({
      defaultPaymentTermDays: t.number,
      /** Move the first reminder past a reliably-late debtor's usual payment day (story 4). */
      adaptive: t.boolean,
      /** Days of grace after a promised date before the promise counts as broken. */
      promiseGraceDays: t.number,
      ladder: t.readonlyArray(LadderLevel),
    }),
    t.exact(t.partial({ collectionCostsVatPercent: t.number, companySize: CompanySizeCodec })),
  ]),
  'ReminderPolicy',
);
export type ReminderPolicy = t.TypeOf<typeof ReminderPolicy>;

export const PolicyChanged = t.strict({
  type: t.literal('PolicyChanged'),
  data: t.readonly(t.strict({ policy: ReminderPolicy })),
});

export const TenantEvent = PolicyChanged;
export type TenantEvent = t.TypeOf<typeof PolicyChanged>;
