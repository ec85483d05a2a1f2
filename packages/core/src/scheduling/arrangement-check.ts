import { Installment } from '../invoice/invoice.events';
import { Arrangement } from '../invoice/invoice.state';
import { BusinessCalendar } from '../shared/business-calendar';
import { compareDates, CalendarDate } from '../shared/calendar-date';
import { Money } from '../shared/money';
import { promiseBreaksOn } from './promise-check';

/** The installment to watch next, and the business day it counts as missed if still unpaid. */
export interface InstallmentCheck {
  readonly installment: Installment;
  readonly dueOn: CalendarDate;
}

/**
 * Installments count cumulatively from what was paid since the arrangement was agreed: the
 * one to watch is the first whose running total exceeds that. Each installment is a promise,
 * so it gets the same grace days; null when every installment is covered.
 */
export const nextInstallmentCheck = (
  arrangement: Pick<Arrangement, 'installments' | 'paidBefore'>,
  paid: Money,
  graceDays: number,
  calendar: BusinessCalendar,
): InstallmentCheck | null => {
  const paidSince = paid.amount - arrangement.paidBefore.amount;
  const inOrder = [...arrangement.installments].sort((a, b) => compareDates(a.dueDate, b.dueDate));
  let dueByThen = 0;
  for (const installment of inOrder) {
    dueByThen += installment.amount.amount;
    if (paidSince < dueByThen) {
      return { installment, dueOn: promiseBreaksOn(installment.dueDate, graceDays, calendar) };
    }
  }
  return null;
};
