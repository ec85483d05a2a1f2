import { CompanySizeCodec, LadderLevel } from '@debiteur/core';
import * as t from 'io-ts';
import { WriteCommand, WriteMeta } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/**
 * `PUT /policy`: the contract's fields; `promiseGraceDays` (days after a promised date
 * before the promise counts as broken) may be left out and then stays as it is, as may
 * `collectionCostsVatPercent` (the VAT added to collection costs when the tenant cannot
 * deduct it; `null` removes it), and `companySize` (how large the tenant itself is, art.
 * 2:397 BW, for the payment-term warnings of art. 6:119a lid 6 BW; `null` removes it).
 */
/** A VAT rate in percent, 0 to 100. */
const VatPercent = t.refinement(t.number, (n) => n >= 0 && n <= 100, 'VatPercent (0-100)');

export const SetPolicyBody = bodyCodec(
  'SetPolicyBody',
  {
    defaultPaymentTermDays: t.number,
    adaptive: t.boolean,
    ladder: t.readonlyArray(LadderLevel),
  },
  {
    promiseGraceDays: t.number,
    collectionCostsVatPercent: t.union([VatPercent, t.null]),
    companySize: t.union([CompanySizeCodec, t.null]),
  },
);
export type SetPolicyBody = t.TypeOf<typeof SetPolicyBody>;

/** Replaces the tenant's reminder policy as a whole. */
export class SetPolicyCommand extends WriteCommand {
  constructor(
    meta: WriteMeta,
    readonly body: SetPolicyBody,
  ) {
    super(meta);
  }
}
