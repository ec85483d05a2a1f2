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
  /** Only on a final notice: the costs it stated and the last day to pay without them. */
  readonly statedCosts?: Money;
  readonly deadline?: CalendarDate;
}

/**
 * A final notice (14-dagenbrief) as sent: what it stated (null when the event predates
 * these fields or the letter stated none) and the principal outstanding when it went out,
 * against which its stated costs are judged.
 */
export interface FinalNotice {
  readonly level: number;
  readonly channel: ReminderChannel;
  readonly sentOn: CalendarDate;
  readonly statedCosts: Money | null;
  readonly deadline: CalendarDate | null;
  readonly principal: Money;
}

/**
 * What the hand-over charged on top of the principal, and what had been paid and credited
 * by then: payments after it settle costs, then interest, then the principal (art. 6:44 BW).
 */
export interface CollectionCharges {
  readonly handedOverOn: CalendarDate;
  readonly costs: Money;
  readonly interest: Money;
  readonly principal: Money;
  readonly paidBefore: Money;
  readonly creditedBefore: Money;
}

/** A payment as the invoice keeps it: how much, and the business date it was paid. */
export interface ReceivedPayment {
  readonly amount: Money;
  readonly paidOn: CalendarDate;
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
  /**
   * Days the invoice spent on hold after the promise was made, in holds that began by its
   * (moved) date: the promise stands still while the invoice is on hold (docs/adr/0028).
   */
  readonly heldDays: number;
}

export interface Arrangement {
  readonly installments: readonly Installment[];
  readonly agreedOn: CalendarDate;
  /** What had been paid when the arrangement was agreed; installments count from here. */
  readonly paidBefore: Money;
  /**
   * Days its invoice was on hold while an installment was still to come: every installment
   * not yet covered falls due that many days after its agreed date (docs/adr/0029).
   */
  readonly heldDays: number;
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
  /** Every payment in the invoice's currency, as recorded: statutory interest runs on each part until paid. */
  readonly payments: readonly ReceivedPayment[];
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
  /** The final notices sent, in the order they went out (the 14-day letter rule reads them). */
  readonly finalNotices: readonly FinalNotice[];
  /** Set by the hand-over; null before (and for a hand-over that charged nothing). */
  readonly collection: CollectionCharges | null;
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
