import * as t from 'io-ts';
import { SaveDebtorBody } from '../debtors/save-debtor/save-debtor.command';
import { AdjustTermsBody } from '../invoices/adjust-terms/adjust-terms.command';
import { AgreeArrangementBody } from '../invoices/agree-arrangement/agree-arrangement.command';
import { ApplyCreditNoteBody } from '../invoices/apply-credit-note/apply-credit-note.command';
import { HandOverBody } from '../invoices/hand-over/hand-over.command';
import { IssueInvoiceBody } from '../invoices/issue-invoice/issue-invoice.command';
import { LogContactBody } from '../invoices/log-contact/log-contact.command';
import { PromisePaymentBody } from '../invoices/promise-payment/promise-payment.command';
import { PutOnHoldBody } from '../invoices/put-on-hold/put-on-hold.command';
import { RecordPaymentBody } from '../invoices/record-payment/record-payment.command';
import { ReleaseHoldBody } from '../invoices/release-hold/release-hold.command';
import { ResendInvoiceBody } from '../invoices/resend-invoice/resend-invoice.command';
import { WriteOffBody } from '../invoices/write-off/write-off.command';
import { SendReminderBody } from '../invoices/send-reminder/send-reminder.command';
import { SetPolicyBody } from '../policy/set-policy/set-policy.command';
import { MoveClockBody } from '../test-clock/test-clock.controller';
import {
  DebtorResponse,
  DebtorWriteResponse,
  InvoiceResponse,
  PolicyResponse,
  PolicyWriteResponse,
  PrescriptionReportResponse,
  TermsWriteResponse,
} from './response-codecs';

/** One route of the HTTP contract, with the codec its body is validated with. */
export interface ApiRoute {
  readonly method: 'get' | 'put' | 'post';
  /** OpenAPI path syntax: `/invoices/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly body?: t.Decoder<unknown, unknown>;
  readonly query?: Readonly<Record<string, string>>;
  /** A write: takes If-Match and Idempotency-Key, answers with an ETag. */
  readonly write?: boolean;
  readonly public?: boolean;
  readonly created?: boolean;
  /** Answers from the reports read model, with the staleness headers. */
  readonly readModel?: boolean;
  /** The answer's codec, where the document describes it (else a plain object). */
  readonly response?: t.Decoder<unknown, unknown>;
}

const invoiceWrite = (
  path: string,
  summary: string,
  body: t.Decoder<unknown, unknown>,
): ApiRoute => ({
  method: 'post',
  path: `/invoices/{id}/${path}`,
  summary,
  tag: 'invoices',
  body,
  write: true,
});

export const API_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get',
    path: '/policy',
    summary: 'The reminder policy in force',
    tag: 'policy',
    response: PolicyResponse,
  },
  {
    method: 'put',
    path: '/policy',
    summary: 'Replace the reminder policy',
    tag: 'policy',
    body: SetPolicyBody,
    write: true,
    response: PolicyWriteResponse,
  },
  {
    method: 'put',
    path: '/debtors/{id}',
    summary: 'Register a debtor or change what differs (201 when new; answers with term warnings)',
    tag: 'debtors',
    body: SaveDebtorBody,
    write: true,
    created: true,
    response: DebtorWriteResponse,
  },
  {
    method: 'get',
    path: '/debtors/{id}',
    summary: 'The debtor',
    tag: 'debtors',
    response: DebtorResponse,
  },
  {
    method: 'get',
    path: '/debtors/{id}/behaviour',
    summary: "The debtor's payment behaviour",
    tag: 'debtors',
    query: { asOf: 'business date YYYY-MM-DD (default: today)' },
    readModel: true,
  },
  {
    method: 'get',
    path: '/debtors/{id}/call-sheet',
    summary: 'The call sheet (story 8)',
    tag: 'debtors',
    query: { asOf: 'business date YYYY-MM-DD (default: today)' },
    readModel: true,
  },
  {
    method: 'post',
    path: '/invoices',
    summary: 'Issue an invoice (without dueDate: the agreed or default term)',
    tag: 'invoices',
    body: IssueInvoiceBody,
    write: true,
    created: true,
    response: TermsWriteResponse,
  },
  {
    method: 'get',
    path: '/invoices/{id}',
    summary: 'The invoice with its balance by costs, interest and principal (ETag = version)',
    tag: 'invoices',
    response: InvoiceResponse,
  },
  {
    method: 'get',
    path: '/invoices/{id}/history',
    summary: 'Every event of the invoice, in order',
    tag: 'invoices',
    query: { asOf: 'instant with offset: only events recorded by then (recordedAt ≤ asOf)' },
  },
  {
    ...invoiceWrite(
      'terms',
      'Adjust the payment terms (answers with term warnings)',
      AdjustTermsBody,
    ),
    response: TermsWriteResponse,
  },
  invoiceWrite('hold', 'Put the invoice on hold', PutOnHoldBody),
  invoiceWrite('release', 'Release the hold', ReleaseHoldBody),
  invoiceWrite('promises', 'Record a payment promise', PromisePaymentBody),
  invoiceWrite('payments', 'Record a payment', RecordPaymentBody),
  invoiceWrite('credit-notes', 'Apply a credit note', ApplyCreditNoteBody),
  invoiceWrite('resend', 'Resend the invoice', ResendInvoiceBody),
  invoiceWrite('contacts', 'Log a call or e-mail', LogContactBody),
  invoiceWrite('reminders', 'Send a reminder of a level by hand', SendReminderBody),
  invoiceWrite('arrangements', 'Agree an installment plan', AgreeArrangementBody),
  invoiceWrite(
    'hand-over',
    'Hand over to a collection agency, with statutory interest and collection costs',
    HandOverBody,
  ),
  invoiceWrite('write-off', 'Write off what the invoice still owes, with the reason', WriteOffBody),
  {
    method: 'get',
    path: '/reports/aging',
    summary: 'Receivables by age',
    tag: 'reports',
    query: { asOf: 'business date YYYY-MM-DD (default: today)' },
    readModel: true,
  },
  {
    method: 'get',
    path: '/reports/dso',
    summary: 'Days sales outstanding',
    tag: 'reports',
    query: {
      asOf: 'business date YYYY-MM-DD (default: today)',
      periodDays: 'days in the period, 1-3650 (default 90)',
    },
    readModel: true,
  },
  {
    method: 'get',
    path: '/reports/prescription',
    summary: 'Open cases close to prescription (or past it), soonest first',
    tag: 'reports',
    query: {
      asOf: 'business date YYYY-MM-DD (default: today)',
      within: 'days before prescription, 0-3650 (default 180)',
    },
    readModel: true,
    response: PrescriptionReportResponse,
  },
  {
    method: 'get',
    path: '/health',
    summary: 'Store, saga and read-model status',
    tag: 'operations',
    public: true,
  },
  {
    method: 'get',
    path: '/test/clock',
    summary: 'The test clock (only with DEBITEUR_TEST_CLOCK=on)',
    tag: 'operations',
    public: true,
  },
  {
    method: 'put',
    path: '/test/clock',
    summary: 'Move the test clock; answers after the saga pass as of the new time',
    tag: 'operations',
    body: MoveClockBody,
    public: true,
  },
];
