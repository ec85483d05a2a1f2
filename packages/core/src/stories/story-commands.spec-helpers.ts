import {
  ContactChannel,
  ContactOutcome,
  DebtorCommand,
  DebtorKind,
  DueBy,
  HoldReason,
  Installment,
  Instant,
  InvoiceCommand,
  ReminderChannel,
  ReminderKind,
  ReminderPolicy,
  ResendChannel,
  TenantPolicyCommand,
} from '../index';
import { day, debtor, eur, invoice, link, text } from './story-values.spec-helpers';

/** A command waiting for its `now`: the story world stamps it with its clock. */
export type Unstamped<C> = (now: Instant) => C;

/** An optional field: present with a value, absent (never `undefined`) without one. */
const maybe = <K extends string, V>(key: K, value: V | undefined) =>
  // A computed key widens to a string index; the single key is exactly K.
  value === undefined ? {} : ({ [key]: value } as { [P in K]: V });

export interface IssueFields {
  readonly invoiceId: string;
  readonly debtorId: string;
  readonly number: string;
  readonly issueDate: string;
  readonly termDays?: number;
  readonly dueDate?: string;
  readonly cents: number;
  readonly description: string;
  readonly paymentLink?: string;
}

const dueByOf = (fields: IssueFields): DueBy =>
  fields.dueDate !== undefined
    ? { dueDate: day(fields.dueDate) }
    : { paymentTermDays: fields.termDays ?? 14 };

/** Invoice commands in the words of the stories: dates as ISO strings, amounts in cents. */
export const invoiceCommand = {
  issue:
    (fields: IssueFields): Unstamped<InvoiceCommand> =>
    (now) => ({
      type: 'IssueInvoice',
      now,
      invoiceId: invoice(fields.invoiceId),
      debtorId: debtor(fields.debtorId),
      number: text(fields.number),
      issueDate: day(fields.issueDate),
      dueBy: dueByOf(fields),
      amount: eur(fields.cents),
      description: fields.description,
      ...maybe(
        'paymentLink',
        fields.paymentLink === undefined ? undefined : link(fields.paymentLink),
      ),
    }),
  adjustTerms:
    (dueBy: { readonly paymentTermDays: number } | { readonly dueDate: string }) =>
    (now: Instant): InvoiceCommand => ({
      type: 'AdjustTerms',
      now,
      dueBy: 'dueDate' in dueBy ? { dueDate: day(dueBy.dueDate) } : dueBy,
    }),
  /** A reminder sent by hand, or imported from the previous administration. */
  sendReminder:
    (
      level: number,
      kind: Exclude<ReminderKind, 'hand-over'>,
      channel: ReminderChannel,
    ): Unstamped<InvoiceCommand> =>
    (now) => ({ type: 'SendReminder', now, level, kind, channel }),
  putOnHold:
    (reason: HoldReason, note?: string): Unstamped<InvoiceCommand> =>
    (now) => ({ type: 'PutOnHold', now, reason, ...maybe('note', note) }),
  releaseHold:
    (note?: string): Unstamped<InvoiceCommand> =>
    (now) => ({ type: 'ReleaseHold', now, ...maybe('note', note) }),
  promise:
    (promisedDate: string, over: { cents?: number; note?: string } = {}) =>
    (now: Instant): InvoiceCommand => ({
      type: 'PromisePayment',
      now,
      promisedDate: day(promisedDate),
      ...maybe('amount', over.cents === undefined ? undefined : eur(over.cents)),
      ...maybe('note', over.note),
    }),
  pay:
    (cents: number, paidOn: string, reference?: string): Unstamped<InvoiceCommand> =>
    (now) => ({
      type: 'RecordPayment',
      now,
      amount: eur(cents),
      paidOn: day(paidOn),
      ...maybe('reference', reference),
    }),
  creditNote:
    (number: string, cents: number): Unstamped<InvoiceCommand> =>
    (now) => ({ type: 'ApplyCreditNote', now, number: text(number), amount: eur(cents) }),
  resend:
    (channel: ResendChannel, paymentLink?: string): Unstamped<InvoiceCommand> =>
    (now) => ({
      type: 'ResendInvoice',
      now,
      channel,
      ...maybe('paymentLink', paymentLink === undefined ? undefined : link(paymentLink)),
    }),
  logContact:
    (channel: ContactChannel, outcome: ContactOutcome, note?: string): Unstamped<InvoiceCommand> =>
    (now) => ({ type: 'LogContact', now, channel, outcome, ...maybe('note', note) }),
  agreeArrangement:
    (...installments: readonly Installment[]): Unstamped<InvoiceCommand> =>
    (now) => ({ type: 'AgreeArrangement', now, installments }),
};

export interface RegisterFields {
  readonly debtorId: string;
  readonly name: string;
  readonly kind: DebtorKind;
  readonly contactPerson?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** Debtor commands in the words of the stories. */
export const debtorCommand = {
  register:
    (fields: RegisterFields): Unstamped<DebtorCommand> =>
    (now) => ({
      type: 'RegisterDebtor',
      now,
      debtorId: debtor(fields.debtorId),
      name: text(fields.name),
      kind: fields.kind,
      ...maybe(
        'contactPerson',
        fields.contactPerson === undefined ? undefined : text(fields.contactPerson),
      ),
      ...maybe('email', fields.email),
      ...maybe('phone', fields.phone === undefined ? undefined : text(fields.phone)),
    }),
  agreePaymentTerm:
    (paymentTermDays: number): Unstamped<DebtorCommand> =>
    (now) => ({ type: 'AgreePaymentTerm', now, paymentTermDays }),
  overrideReminderOffset:
    (reminderOffsetDays: number | null): Unstamped<DebtorCommand> =>
    (now) => ({ type: 'OverrideReminderOffset', now, reminderOffsetDays }),
};

/** The tenant's settings commands. */
export const policyCommand = {
  set:
    (policy: ReminderPolicy): Unstamped<TenantPolicyCommand> =>
    (now) => ({ type: 'SetPolicy', now, policy }),
};
