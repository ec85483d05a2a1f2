import { initialDebtorState } from '../debtor/debtor.evolve';
import { IssuedInvoice } from '../invoice/invoice.state';
import { ReminderPolicy } from '../policy/policy.events';
import { ascending, mean, percentileOfSorted } from '../projections/report-statistics';
import { dateFromParts } from '../shared/calendar-date';
import { Instant, instantAt } from '../shared/instant';
import { isSchedulable } from './due-action-command';
import { DebtorSchedule, DueInvoice } from './due-actions.state';
import { nextActionFor, SchedulingContext } from './next-action-for';
import { SchedulingBehaviour } from './scheduling.inputs';

/** A debtor known only from its invoices: not registered, nothing paid yet. */
export const unknownDebtor: DebtorSchedule = {
  version: 0,
  state: initialDebtorState,
  daysToPay: {},
  paidAfterDemand: {},
  invoices: [],
};

/**
 * A debtor's payment behaviour as adaptive timing reads it, from the days to pay of its
 * settled invoices and how many of them were paid only after a demand letter: the same
 * figures (count, nearest-rank median, p10 and p90, mean rounded to two decimals) as the
 * payment-behaviour projection gives for them.
 */
export const behaviourFromDaysToPay = (
  days: readonly number[],
  paidAfterDemand: number,
): SchedulingBehaviour => {
  const sorted = ascending(days);
  return {
    paidInvoices: days.length,
    medianDaysToPay: percentileOfSorted(sorted, 50),
    p10DaysToPay: percentileOfSorted(sorted, 10),
    p90DaysToPay: percentileOfSorted(sorted, 90),
    meanDaysToPay: mean(days),
    paidAfterDemand,
  };
};

/** What scheduling reads of a debtor and its tenant's policy. */
export const contextOf = (policy: ReminderPolicy, debtor: DebtorSchedule): SchedulingContext => ({
  debtor: debtor.state,
  policy,
  behaviour: behaviourFromDaysToPay(
    Object.values(debtor.daysToPay),
    Object.keys(debtor.paidAfterDemand).length,
  ),
});

/** Any instant serves to ask when an action falls due (see `scheduleOf`); made once. */
const ANY_INSTANT: Instant = instantAt(dateFromParts(2000, 1, 3), 12);

/**
 * When an invoice's next action falls due, from its state, its debtor and the policy. The
 * day does not depend on "today" (only whether it has come does), so any instant serves.
 */
export const scheduleOf = (
  invoice: IssuedInvoice,
  context: SchedulingContext,
): Pick<DueInvoice, 'dueOn' | 'action'> => {
  const action = nextActionFor(invoice, context, ANY_INSTANT);
  return isSchedulable(action)
    ? { dueOn: action.dueOn, action: action._tag }
    : { dueOn: null, action: null };
};
