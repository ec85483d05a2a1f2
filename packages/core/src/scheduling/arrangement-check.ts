import { Installment } from '../invoice/invoice.events';
import { firstUncoveredInstallment, installmentDueAfterHolds } from '../invoice/invoice.queries';
import { Arrangement } from '../invoice/invoice.state';
import { BusinessCalendar } from '../shared/business-calendar';
import { CalendarDate } from '../shared/calendar-date';
import { Money } from '../shared/money';
import { promiseBreaksOn } from './promise-check';

/** The installment to watch next, and the business day it counts as missed if still unpaid. */
export interface InstallmentCheck {
  readonly installment: Installment;
  readonly dueOn: CalendarDate;
}

/**
 * The installment to watch is the first not covered by what was paid since the arrangement
 * was agreed (see `firstUncoveredInstallment`), due on its agreed date moved on by the
 * arrangement's days on hold. Each installment is a promise, so it gets the same grace days;
 * null when every installment is covered.
 */
export const nextInstallmentCheck = (
  arrangement: Pick<Arrangement, 'installments' | 'paidBefore' | 'heldDays'>,
  paid: Money,
  graceDays: number,
  calendar: BusinessCalendar,
): InstallmentCheck | null => {
  const installment = firstUncoveredInstallment(arrangement, paid);
  return installment === null
    ? null
    : {
        installment,
        dueOn: promiseBreaksOn(
          installmentDueAfterHolds(arrangement, installment),
          graceDays,
          calendar,
        ),
      };
};
