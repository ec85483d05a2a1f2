import { PaymentLink, ResendChannel } from '@debiteur/core';
import * as t from 'io-ts';
import { InvoiceWriteCommand } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices/:id/resend`. */
export const ResendInvoiceBody = bodyCodec(
  'ResendInvoiceBody',
  { channel: ResendChannel },
  { paymentLink: PaymentLink },
);
export type ResendInvoiceBody = t.TypeOf<typeof ResendInvoiceBody>;

/** Sends the invoice again (story 1), with the payment link. */
export class ResendInvoiceCommand extends InvoiceWriteCommand<ResendInvoiceBody> {}
