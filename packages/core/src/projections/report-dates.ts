import { DateTime } from 'luxon';
import { CalendarDate, dateFromParts } from '../shared/calendar-date';

/**
 * The same day `months` calendar months earlier; a day the earlier month lacks becomes its
 * last day (31 March less one month is 28 or 29 February). Dates are zone-free, so UTC.
 */
export const monthsBefore = (date: CalendarDate, months: number): CalendarDate => {
  const earlier = DateTime.fromISO(date, { zone: 'utc' }).minus({ months });
  return dateFromParts(earlier.year, earlier.month, earlier.day);
};
