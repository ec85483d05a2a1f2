import {
  DUTCH_BUSINESS_CALENDAR,
  isBusinessDay,
  nextBusinessDayOnOrAfter,
} from '../shared/business-calendar';
import { addDays } from '../shared/calendar-date';
import { day } from '../shared/test-values.spec-helpers';
import { listedCalendar, SCHEDULING_CALENDAR } from './listed-calendar';

describe('A listed calendar', () => {
  it('answers like the Dutch calendar on every day from 2019 through 2031', () => {
    const differences: string[] = [];
    for (let d = day('2019-01-01'); d <= day('2031-12-31'); d = addDays(d, 1)) {
      if (isBusinessDay(d, SCHEDULING_CALENDAR) !== isBusinessDay(d, DUTCH_BUSINESS_CALENDAR))
        differences.push(d);
    }
    expect(differences).toEqual([]);
  });

  it('moves a date to the same next business day', () => {
    const listed = listedCalendar(DUTCH_BUSINESS_CALENDAR);
    // Good Friday 3 April 2026, then the Easter weekend and Easter Monday.
    expect(nextBusinessDayOnOrAfter(day('2026-04-03'), listed)).toBe(day('2026-04-07'));
    expect(nextBusinessDayOnOrAfter(day('2026-12-25'), listed)).toBe(day('2026-12-28'));
  });
});
