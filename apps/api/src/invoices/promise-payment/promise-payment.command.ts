import { CalendarDate, Money } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/promises`. */
export const PromisePaymentBody = bodyCodec(
  'PromisePaymentBody',
  { promisedDate: CalendarDate },
  { amount: Money, note: t.string },
);
export type PromisePaymentBody = t.TypeOf<typeof PromisePaymentBody>;

/** Records a payment promise (story 7): reminders pause until the promised date plus grace. */
export class PromisePaymentCommand extends InvoiceWriteCommand<PromisePaymentBody> {}
