import { BusinessCalendar, nextBusinessDayOnOrAfter } from '../shared/business-calendar';
import { addDays, CalendarDate } from '../shared/calendar-date';

/**
 * A payment promise counts as broken once the promised date plus the grace days has passed
 * without settlement: the first business day after that last day of grace.
 */
export const promiseBreaksOn = (
  promisedDate: CalendarDate,
  graceDays: number,
  calendar: BusinessCalendar,
): CalendarDate =>
  nextBusinessDayOnOrAfter(addDays(promisedDate, Math.max(0, graceDays) + 1), calendar);
