import {
  CalendarDate,
  DebtorId,
  InvoiceId,
  Money,
  NonEmptyText,
  PaymentLink,
} from '@debiteur/core';
import * as t from 'io-ts';
import { WriteCommand, WriteMeta } from '../../commands/write-outcome';
import { bodyCodec } from '../../http/body-codec';

/** `POST /invoices`. */
export const IssueInvoiceBody = bodyCodec(
  'IssueInvoiceBody',
  {
    invoiceId: InvoiceId,
    number: NonEmptyText,
    debtorId: DebtorId,
    issueDate: CalendarDate,
    amount: Money,
    description: t.string,
  },
  { dueDate: CalendarDate, paymentLink: PaymentLink },
);
export type IssueInvoiceBody = t.TypeOf<typeof IssueInvoiceBody>;

/**
 * Issues an invoice. Without `dueDate` the debtor's agreed payment term applies, else the
 * tenant's default term (story 5: next month's invoice uses the agreed 30 days too). The
 * answer carries `warnings` on the term for a business debtor (art. 6:119a BW).
 */
export class IssueInvoiceCommand extends WriteCommand {
  constructor(
    meta: WriteMeta,
    readonly body: IssueInvoiceBody,
  ) {
    super(meta);
  }
}
