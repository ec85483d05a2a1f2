import { Instant } from '../shared/instant';
import { Money } from '../shared/money';
import {
  AgreeArrangement,
  ApplyCreditNote,
  DueBy,
  InvoiceCommand,
  IssueInvoice,
  LogContact,
  PromisePayment,
  PutOnHoldCommand,
  RecordPayment,
  ResendInvoice,
  SendReminder,
} from './invoice.commands';
import { Installment } from './invoice.events';
import { AMOUNT, day, DEBTOR_ID, INVOICE_ID, ISSUE_DATE, LINK, text } from './invoice.spec-helpers';

type Fields<C extends InvoiceCommand> = Partial<Omit<C, 'type' | 'now'>>;

/** Commands with sensible defaults; each takes the instant it is decided at. */
export const cmd = {
  issue: (now: Instant, over: Fields<IssueInvoice> = {}): IssueInvoice => ({
    type: 'IssueInvoice',
    now,
    invoiceId: INVOICE_ID,
    debtorId: DEBTOR_ID,
    number: text('2026-001'),
    issueDate: ISSUE_DATE,
    dueBy: { paymentTermDays: 14 },
    amount: AMOUNT,
    description: 'Consultancy, December 2025',
    paymentLink: LINK,
    ...over,
  }),
  adjustTerms: (now: Instant, dueBy: DueBy): InvoiceCommand => ({
    type: 'AdjustTerms',
    now,
    dueBy,
  }),
  sendReminder: (now: Instant, level: number, over: Fields<SendReminder> = {}): SendReminder => ({
    type: 'SendReminder',
    now,
    level,
    kind: 'reminder',
    channel: 'email',
    ...over,
  }),
  putOnHold: (
    now: Instant,
    reason: PutOnHoldCommand['reason'],
    over: Fields<PutOnHoldCommand> = {},
  ): PutOnHoldCommand => ({ type: 'PutOnHold', now, reason, ...over }),
  releaseHold: (now: Instant): InvoiceCommand => ({ type: 'ReleaseHold', now }),
  promise: (
    now: Instant,
    promisedDate: string,
    over: Fields<PromisePayment> = {},
  ): PromisePayment => ({
    type: 'PromisePayment',
    now,
    promisedDate: day(promisedDate),
    ...over,
  }),
  breakPromise: (now: Instant): InvoiceCommand => ({ type: 'BreakPromise', now }),
  pay: (
    now: Instant,
    amount: Money,
    paidOn: string,
    over: Fields<RecordPayment> = {},
  ): RecordPayment => ({
    type: 'RecordPayment',
    now,
    amount,
    paidOn: day(paidOn),
    ...over,
  }),
  creditNote: (now: Instant, amount: Money, number = 'CN-2026-007'): ApplyCreditNote => ({
    type: 'ApplyCreditNote',
    now,
    number: text(number),
    amount,
  }),
  resend: (now: Instant, over: Fields<ResendInvoice> = {}): ResendInvoice => ({
    type: 'ResendInvoice',
    now,
    channel: 'email',
    ...over,
  }),
  logContact: (now: Instant, over: Fields<LogContact> = {}): LogContact => ({
    type: 'LogContact',
    now,
    channel: 'phone',
    outcome: 'reached',
    ...over,
  }),
  agree: (now: Instant, ...installments: readonly Installment[]): AgreeArrangement => ({
    type: 'AgreeArrangement',
    now,
    installments,
  }),
  defaultArrangement: (now: Instant): InvoiceCommand => ({ type: 'DefaultArrangement', now }),
  handOver: (now: Instant): InvoiceCommand => ({ type: 'HandOverToCollection', now }),
  writeOff: (now: Instant): InvoiceCommand => ({ type: 'WriteOff', now }),
};

/** One of every command, for the rules that hold whatever the command. */
export const everyCommand = (now: Instant): readonly InvoiceCommand[] => [
  cmd.issue(now),
  cmd.adjustTerms(now, { paymentTermDays: 30 }),
  cmd.sendReminder(now, 1),
  cmd.putOnHold(now, 'dispute'),
  cmd.releaseHold(now),
  cmd.promise(now, '2026-12-31'),
  cmd.breakPromise(now),
  cmd.pay(now, AMOUNT, '2026-01-10'),
  cmd.creditNote(now, AMOUNT),
  cmd.resend(now),
  cmd.logContact(now),
  cmd.agree(now),
  cmd.defaultArrangement(now),
  cmd.handOver(now),
  cmd.writeOff(now),
];
