import { DebtorKind } from '../debtor/debtor.events';
import { VatOnCosts } from '../dutch-rules';
import { CalendarDate } from '../shared/calendar-date';
import { DebtorId, InvoiceId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { Money } from '../shared/money';
import { NonEmptyText, PaymentLink } from '../shared/text';
import {
  ContactChannel,
  ContactOutcome,
  HoldReason,
  Installment,
  ReminderChannel,
  ReminderKind,
  ResendChannel,
} from './invoice.events';

/**
 * Commands to an invoice stream. Each carries `now`, the instant the command is decided
 * at: the core reads no clock, so the shell (or a test) says what time it is.
 */
interface At {
  readonly now: Instant;
}

/** Either an explicit due date or a payment term in days from the issue date. */
export type DueBy = { readonly dueDate: CalendarDate } | { readonly paymentTermDays: number };

export type IssueInvoice = At & {
  readonly type: 'IssueInvoice';
  readonly invoiceId: InvoiceId;
  readonly debtorId: DebtorId;
  readonly number: NonEmptyText;
  readonly issueDate: CalendarDate;
  readonly dueBy: DueBy;
  readonly amount: Money;
  readonly description: string;
  readonly paymentLink?: PaymentLink;
};

export type AdjustTerms = At & { readonly type: 'AdjustTerms'; readonly dueBy: DueBy };

/**
 * Sends one reminder rung. A hand-over is not a reminder: it goes through
 * `HandOverToCollection`, which closes the invoice, so the kind excludes it here and
 * `decide` refuses it with `HandOverIsNotAReminder` when untyped input carries it anyway.
 */
export interface SendReminder extends At {
  readonly type: 'SendReminder';
  readonly level: number;
  readonly kind: Exclude<ReminderKind, 'hand-over'>;
  readonly channel: ReminderChannel;
  /**
   * Only for a final notice, and only when the letter says something else than the law
   * gives (a collector's own letter, an imported one): the costs it states and its last day
   * to pay. Left out, the decider records the statutory costs on the outstanding principal
   * and the correct 14-day deadline.
   */
  readonly statedCosts?: Money;
  readonly deadline?: CalendarDate;
  /** The VAT the tenant adds to collection costs (it cannot deduct it); none when absent. */
  readonly costsVat?: VatOnCosts;
}

export interface PutOnHoldCommand extends At {
  readonly type: 'PutOnHold';
  readonly reason: HoldReason;
  readonly note?: string;
}

export interface ReleaseHold extends At {
  readonly type: 'ReleaseHold';
  readonly note?: string;
}

export interface PromisePayment extends At {
  readonly type: 'PromisePayment';
  readonly promisedDate: CalendarDate;
  readonly amount?: Money;
  readonly note?: string;
}

/** Marks the live promise broken; the scheduler sends it once the grace days have passed. */
export interface BreakPromise extends At {
  readonly type: 'BreakPromise';
}

export interface RecordPayment extends At {
  readonly type: 'RecordPayment';
  readonly amount: Money;
  readonly paidOn: CalendarDate;
  readonly reference?: string;
}

export interface ApplyCreditNote extends At {
  readonly type: 'ApplyCreditNote';
  readonly number: NonEmptyText;
  readonly amount: Money;
}

export interface ResendInvoice extends At {
  readonly type: 'ResendInvoice';
  readonly channel: ResendChannel;
  readonly paymentLink?: PaymentLink;
}

export interface LogContact extends At {
  readonly type: 'LogContact';
  readonly channel: ContactChannel;
  readonly outcome: ContactOutcome;
  readonly note?: string;
}

export interface AgreeArrangement extends At {
  readonly type: 'AgreeArrangement';
  readonly installments: readonly Installment[];
}

/** Marks the arrangement defaulted; the scheduler sends it when an installment is missed. */
export interface DefaultArrangement extends At {
  readonly type: 'DefaultArrangement';
}

/**
 * Whether a hand-over charges collection costs: `statutory` charges them (refused for a
 * consumer without a valid, expired 14-day letter); `when-allowed` charges them only when
 * allowed (what the scheduler asks); `none` charges none.
 */
export type CollectionCostsCharge = 'statutory' | 'when-allowed' | 'none';

/**
 * Hands the invoice over. With the debtor's kind the hand-over also records statutory
 * interest (consumer or commercial rate) and, per `costs` (default `statutory`), the
 * collection costs; without it, only what is outstanding, as before these rules.
 */
export interface HandOverToCollection extends At {
  readonly type: 'HandOverToCollection';
  readonly agency?: string;
  readonly debtorKind?: DebtorKind;
  readonly costs?: CollectionCostsCharge;
  /** The VAT the tenant adds to collection costs; letters are judged with it too. */
  readonly costsVat?: VatOnCosts;
}

export interface WriteOff extends At {
  readonly type: 'WriteOff';
}

export type InvoiceCommand =
  | IssueInvoice
  | AdjustTerms
  | SendReminder
  | PutOnHoldCommand
  | ReleaseHold
  | PromisePayment
  | BreakPromise
  | RecordPayment
  | ApplyCreditNote
  | ResendInvoice
  | LogContact
  | AgreeArrangement
  | DefaultArrangement
  | HandOverToCollection
  | WriteOff;

export type InvoiceCommandType = InvoiceCommand['type'];
