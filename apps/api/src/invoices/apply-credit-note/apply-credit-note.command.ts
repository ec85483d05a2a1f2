import { InvoiceId, Money, NonEmptyText } from '@debiteur/core';
import * as t from 'io-ts';
import { WriteCommand, WriteMeta } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/credit-notes`. */
export const ApplyCreditNoteBody = bodyCodec(
  'ApplyCreditNoteBody',
  { number: NonEmptyText, amount: Money },
  {},
);
export type ApplyCreditNoteBody = t.TypeOf<typeof ApplyCreditNoteBody>;

/** Applies a credit note (story 3); it releases a hold awaiting it. */
export class ApplyCreditNoteCommand extends WriteCommand {
  constructor(
    meta: WriteMeta,
    readonly invoiceId: InvoiceId,
    readonly body: ApplyCreditNoteBody,
  ) {
    super(meta);
  }
}
