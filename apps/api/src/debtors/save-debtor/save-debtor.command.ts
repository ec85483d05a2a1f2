import { DebtorId, DebtorKind, NonEmptyText } from '@debiteur/core';
import * as t from 'io-ts';
import { WriteCommand, WriteMeta } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `PUT /debtors/:id`. */
export const SaveDebtorBody = bodyCodec(
  'SaveDebtorBody',
  { name: NonEmptyText, kind: DebtorKind },
  {
    contactPerson: NonEmptyText,
    email: t.string,
    phone: NonEmptyText,
    paymentTermDays: t.number,
    reminderOffsetDays: t.union([t.number, t.null]),
  },
);
export type SaveDebtorBody = t.TypeOf<typeof SaveDebtorBody>;

/**
 * Registers the debtor, or records only what changed: an absent field stays as it is,
 * `reminderOffsetDays: null` clears the override (story 4), `paymentTermDays` is the agreed
 * term for the debtor's next invoices (story 5).
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
