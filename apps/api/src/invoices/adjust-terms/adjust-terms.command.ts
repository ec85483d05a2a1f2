import { CalendarDate, DueBy } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/terms`: `{ dueDate }` or `{ paymentTermDays }`, plus `reason`. */
export const AdjustTermsBody = t.union(
  [
    bodyCodec('NewDueDate', { dueDate: CalendarDate }, { reason: t.string }),
    bodyCodec('NewPaymentTerm', { paymentTermDays: t.Int }, { reason: t.string }),
  ],
  'AdjustTermsBody',
);
export type AdjustTermsBody = t.TypeOf<typeof AdjustTermsBody>;

export const dueByOf = (body: AdjustTermsBody): DueBy =>
  'dueDate' in body ? { dueDate: body.dueDate } : { paymentTermDays: body.paymentTermDays };

/** Moves the due date (story 5); the reminder workflow runs from the new due date. */
export class AdjustTermsCommand extends InvoiceWriteCommand<AdjustTermsBody> {}
