import { firstRung } from '../policy/debtor-overrides';
import { ReminderPolicy } from '../policy/policy.events';
import { SchedulingBehaviour } from './scheduling.inputs';

/** Fewer paid invoices than this say too little about a debtor's habit. */
export const RELIABLE_MIN_PAID_INVOICES = 3;

/**
 * A debtor whose fastest payments (p10) and slowest ones (p90) lie more than 4 days apart is
 * erratic, not reliable: a habit shows as a narrow band of days, while a debtor who pays when
 * a reminder prompts him, or sometimes early, spreads wider (docs/adr/0024).
 */
export const ERRATIC_SPREAD_DAYS = 4;

/** Days after a reliable debtor's usual payment day before his first reminder goes out. */
export const ADAPTIVE_MARGIN_DAYS = 3;

/**
 * A reliable but late payer (story 4) always pays, after the first reminder's day but of his
 * own accord: at least three paid invoices, none of them only after a demand letter, a median
 * days-to-pay (from the issue date) beyond the first reminder's day (`paymentTermDays` + the
 * first rung's `afterDueDays`), and his fastest and slowest payments (p10, p90) at most 4 days
 * apart. Holds whether or not the tenant enabled adaptive timing, so the service can point
 * such debtors out.
 */
export const isReliableLatePayer = (
  behaviour: SchedulingBehaviour | null,
  policy: Pick<ReminderPolicy, 'ladder'>,
  paymentTermDays: number,
): boolean => {
  const first = firstRung(policy.ladder);
  if (behaviour === null || first === null) return false;
  const { paidInvoices, medianDaysToPay: median, paidAfterDemand } = behaviour;
  const { p10DaysToPay: p10, p90DaysToPay: p90 } = behaviour;
  if (paidInvoices < RELIABLE_MIN_PAID_INVOICES) return false;
  if (median === null || p10 === null || p90 === null) return false;
  if (paidAfterDemand > 0) return false;
  const firstReminderDay = paymentTermDays + first.afterDueDays;
  return median > firstReminderDay && p90 - p10 <= ERRATIC_SPREAD_DAYS;
};

/**
 * The first reminder's days after the due date for a reliable but late payer: just past his
 * usual payment day, the issue date + p90 days to pay (rounded up) + 3 days, and never
 * earlier than the ladder's own first rung. Story 4: term 14 days, first reminder 1 day
 * after due (day 15); he always pays at ~18 days, so his first reminder moves to day ~21,
 * i.e. 7 days after due. Null when the debtor is not a reliable late payer.
 */
export const adaptiveFirstReminderOffset = (
  behaviour: SchedulingBehaviour | null,
  policy: Pick<ReminderPolicy, 'ladder'>,
  paymentTermDays: number,
): number | null => {
  const first = firstRung(policy.ladder);
  const p90 = behaviour?.p90DaysToPay ?? null;
  if (first === null || p90 === null || !isReliableLatePayer(behaviour, policy, paymentTermDays)) {
    return null;
  }
  const usualPaymentDayAfterDue = Math.ceil(p90) - paymentTermDays;
  return Math.max(first.afterDueDays, usualPaymentDayAfterDue + ADAPTIVE_MARGIN_DAYS);
};
