import { FourteenDayLetterProblem } from '../dutch-rules';
import { CalendarDate } from '../shared/calendar-date';
import { Currency, Money } from '../shared/money';
import { HoldReason } from './invoice.events';
import { InvoiceStatus } from './invoice.state';

/** Why an invoice command was rejected. Rejections are values; the core never throws. */
export type InvoiceError =
  | { readonly _tag: 'AlreadyIssued' }
  | { readonly _tag: 'NotIssued' }
  | { readonly _tag: 'InvoiceClosed'; readonly status: InvoiceStatus }
  | { readonly _tag: 'InvoiceSettled' }
  | {
      readonly _tag: 'InvalidTerms';
      readonly issueDate: CalendarDate;
      /** The due date asked for or computed; null when the term gives no real date. */
      readonly dueDate: CalendarDate | null;
      readonly paymentTermDays: number | null;
    }
  | { readonly _tag: 'NonPositiveAmount'; readonly amount: Money }
  | {
      readonly _tag: 'IssueDateInFuture';
      readonly issueDate: CalendarDate;
      readonly today: CalendarDate;
    }
  | { readonly _tag: 'CurrencyMismatch'; readonly expected: Currency; readonly actual: Currency }
  | { readonly _tag: 'NotYetDue'; readonly dueDate: CalendarDate; readonly today: CalendarDate }
  | { readonly _tag: 'OnHold'; readonly reason: HoldReason }
  | {
      readonly _tag: 'UnderPromise';
      readonly promisedDate: CalendarDate;
      /** The promised date moved on by the days its invoice was on hold (docs/adr/0028). */
      readonly keepBy: CalendarDate;
    }
  | { readonly _tag: 'UnderArrangement' }
  | { readonly _tag: 'LevelAlreadySent'; readonly level: number }
  | { readonly _tag: 'InvalidLevel'; readonly level: number }
  /** A `SendReminder` of kind `hand-over`: handing over is `HandOverToCollection`. */
  | { readonly _tag: 'HandOverIsNotAReminder'; readonly level: number }
  | { readonly _tag: 'AlreadyOnHold'; readonly reason: HoldReason }
  | { readonly _tag: 'NotOnHold' }
  | {
      readonly _tag: 'PromiseInPast';
      readonly promisedDate: CalendarDate;
      readonly today: CalendarDate;
    }
  | { readonly _tag: 'NoLivePromise' }
  | {
      readonly _tag: 'PromiseNotYetDue';
      readonly promisedDate: CalendarDate;
      /** The promised date moved on by the promise's days on hold (docs/adr/0028). */
      readonly keepBy: CalendarDate;
    }
  | {
      readonly _tag: 'PaymentInFuture';
      readonly paidOn: CalendarDate;
      readonly today: CalendarDate;
    }
  | { readonly _tag: 'InvalidArrangement'; readonly problem: ArrangementProblem }
  | { readonly _tag: 'NoArrangement' }
  | { readonly _tag: 'NoInstallmentMissed' }
  /** Costs charged to a consumer without any final notice (14-dagenbrief) sent. */
  | { readonly _tag: 'NoFourteenDayLetter' }
  /** Costs charged to a consumer whose final notices are all wrong: the latest one's problem. */
  | {
      readonly _tag: 'InvalidFourteenDayLetter';
      readonly level: number;
      readonly problem: FinalNoticeProblem;
    }
  /** Costs charged to a consumer on or before the last day the letter gave to pay. */
  | { readonly _tag: 'FourteenDayTermRunning'; readonly deadline: CalendarDate };

/**
 * Why a final notice does not count as a 14-day letter (art. 6:96 lid 6 BW): a problem of
 * the letter (see `fourteenDayLetterProblem`), an old event that recorded no deadline, or a
 * notice given by phone, which is no written reminder.
 */
export type FinalNoticeProblem = FourteenDayLetterProblem | 'deadline-not-stated' | 'not-written';

export type ArrangementProblem =
  | 'no-installments'
  | 'installment-not-positive'
  | 'installment-in-past'
  | 'installments-out-of-order'
  | 'total-differs-from-outstanding';

export type InvoiceErrorTag = InvoiceError['_tag'];
