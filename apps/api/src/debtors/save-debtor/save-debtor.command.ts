import { CompanySizeCodec, DebtorId, DebtorKind, NonEmptyText } from '@debiteur/core';
import * as t from 'io-ts';
import { WriteCommand, WriteMeta } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `PUT /debtors/:id`. */
export const SaveDebtorBody = bodyCodec(
  'SaveDebtorBody',
  { name: NonEmptyText, kind: DebtorKind },
  {
    contactPerson: t.union([NonEmptyText, t.null]),
    email: t.union([t.string, t.null]),
    phone: t.union([NonEmptyText, t.null]),
    companySize: CompanySizeCodec,
    paymentTermDays: t.number,
    reminderOffsetDays: t.union([t.number, t.null]),
  },
);
export type SaveDebtorBody = t.TypeOf<typeof SaveDebtorBody>;

/**
 * Registers the debtor, or records only what changed: an absent field stays as it is,
 * `contactPerson`, `email` or `phone` null removes that detail, `reminderOffsetDays: null`
 * clears the override (story 4), `paymentTermDays` is the agreed
 * term for the debtor's next invoices (story 5), `companySize` is how large the debtor is
 * (art. 2:397 BW: `small-or-medium` or `large`), for the payment-term warnings.
 */
export class SaveDebtorCommand extends WriteCommand {
  constructor(
    meta: WriteMeta,
    readonly debtorId: DebtorId,
    readonly body: SaveDebtorBody,
  ) {
    super(meta);
  }
}
