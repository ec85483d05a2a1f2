import { CalendarDate, Money } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/payments`. */
export const RecordPaymentBody = bodyCodec(
  'RecordPaymentBody',
  { amount: Money, paidOn: CalendarDate },
  { reference: t.string },
);
export type RecordPaymentBody = t.TypeOf<typeof RecordPaymentBody>;

/** Records money received; partial payments are several payments. */
export class RecordPaymentCommand extends InvoiceWriteCommand<RecordPaymentBody> {}
