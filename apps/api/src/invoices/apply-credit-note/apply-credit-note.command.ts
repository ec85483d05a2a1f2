import { Money, NonEmptyText } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/credit-notes`. */
export const ApplyCreditNoteBody = bodyCodec(
  'ApplyCreditNoteBody',
  { number: NonEmptyText, amount: Money },
  {},
);
export type ApplyCreditNoteBody = t.TypeOf<typeof ApplyCreditNoteBody>;

/** Applies a credit note (story 3); it releases a hold awaiting it. */
export class ApplyCreditNoteCommand extends InvoiceWriteCommand<ApplyCreditNoteBody> {}
