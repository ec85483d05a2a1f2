import { CalendarDate, InvoiceId, Money } from '@debiteur/core';
import * as t from 'io-ts';
import { WriteCommand, WriteMeta } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/promises`. */
export const PromisePaymentBody = bodyCodec(
  'PromisePaymentBody',
  { promisedDate: CalendarDate },
  { amount: Money, note: t.string },
);
export type PromisePaymentBody = t.TypeOf<typeof PromisePaymentBody>;

/** Records a payment promise (story 7): reminders pause until the promised date plus grace. */
export class PromisePaymentCommand extends WriteCommand {
  constructor(
    meta: WriteMeta,
    readonly invoiceId: InvoiceId,
    readonly body: PromisePaymentBody,
  ) {
    super(meta);
  }
}
