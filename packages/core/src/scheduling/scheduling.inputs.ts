import { DebtorKind } from '../debtor/debtor.events';

/**
 * What scheduling needs to know of a debtor: whether it is a consumer (stricter rules
 * before a hand-over) and the reminder offset the client agreed with it, if any.
 */
export interface SchedulingDebtor {
  readonly kind: DebtorKind;
  /** The first reminder goes this many days after the due date; null: the ladder decides. */
  readonly reminderOffsetDays: number | null;
}

/**
 * What scheduling needs of a debtor's payment behaviour; the names match the payment-behaviour
 * projection. Days to pay count from the issue date to the day the invoice was settled.
 */
export interface SchedulingBehaviour {
  readonly paidInvoices: number;
  readonly medianDaysToPay: number | null;
  /** His fastest payments: the nearest-rank 10th percentile of the days to pay. */
  readonly p10DaysToPay: number | null;
  readonly p90DaysToPay: number | null;
  readonly meanDaysToPay: number | null;
  /**
   * How many of the paid invoices were paid only after a demand letter, or a firmer step,
   * had gone out: payments that followed pressure, not habit.
   */
  readonly paidAfterDemand: number;
}
