import { CalendarDate } from '../shared/calendar-date';
import { DebtorId, InvoiceId } from '../shared/ids';
import { Money } from '../shared/money';
import { NonEmptyText, PaymentLink } from '../shared/text';
import { HoldReason, Installment, ReminderChannel, ReminderKind } from './invoice.events';

export interface SentReminder {
  readonly level: number;
  readonly kind: ReminderKind;
  readonly channel: ReminderChannel;
  readonly sentOn: CalendarDate;
}

export interface Hold {
  readonly reason: HoldReason;
  readonly since: CalendarDate;
  readonly note: string | null;
}

export interface LivePromise {
  readonly promisedDate: CalendarDate;
  readonly promisedOn: CalendarDate;
  readonly amount: Money | null;
  /** What had been paid when the promise was made; payments since then count towards it. */
  readonly paidBefore: Money;
}

export interface Arrangement {
  readonly installments: readonly Installment[];
  readonly agreedOn: CalendarDate;
  /** What had been paid when the arrangement was agreed; installments count from here. */
  readonly paidBefore: Money;
}

/** What every issued invoice knows, whatever its status. */
export interface InvoiceFacts {
  readonly invoiceId: InvoiceId;
  readonly debtorId: DebtorId;
  readonly number: NonEmptyText;
  readonly issueDate: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly paymentTermDays: number;
  readonly description: string;
  readonly paymentLink: PaymentLink | null;
  readonly amount: Money;
  readonly paid: Money;
  readonly credited: Money;
  /**
   * amount − paid − credited, never below zero. Kept after a write-off: the debt stands and
   * the status says it is no longer collected (the timeline and receivables show nothing).
   */
  readonly outstanding: Money;
  /** Money received beyond what was owed, kept for the debtor. */
  readonly creditBalance: Money;
  /**
   * The latest business date of a payment or credit note, whatever order they were recorded
   * in (a payment can be booked late, backdated); null before any. It dates the settlement.
   */
  readonly lastMovedOn: CalendarDate | null;
  readonly remindersSent: readonly SentReminder[];
  readonly hold: Hold | null;
  readonly promise: LivePromise | null;
  readonly arrangement: Arrangement | null;
  readonly resentCount: number;
  readonly contactCount: number;
}

export interface UnissuedInvoice {
  readonly status: 'unissued';
}

export interface OpenInvoice extends InvoiceFacts {
  readonly status: 'open';
}

export interface SettledInvoice extends InvoiceFacts {
  readonly status: 'settled';
  readonly settledOn: CalendarDate;
}

export interface HandedOverInvoice extends InvoiceFacts {
  readonly status: 'handed-over';
  readonly handedOverOn: CalendarDate;
}

export interface WrittenOffInvoice extends InvoiceFacts {
  readonly status: 'written-off';
  readonly writtenOffOn: CalendarDate;
}

/** An invoice's state: a union on `status`, folded from its events. */
export type InvoiceState =
  UnissuedInvoice | OpenInvoice | SettledInvoice | HandedOverInvoice | WrittenOffInvoice;

export type IssuedInvoice = Exclude<InvoiceState, UnissuedInvoice>;
export type InvoiceStatus = InvoiceState['status'];
