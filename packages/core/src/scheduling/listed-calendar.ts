import {
  BusinessCalendar,
  DUTCH_BUSINESS_CALENDAR,
  Holiday,
  isBusinessDay,
} from '../shared/business-calendar';
import { addDays, dateFromParts } from '../shared/calendar-date';

/**
 * The same calendar with every closed day of a year, weekends included, listed once as its
 * holidays and no weekend days: `isBusinessDay` gives the same answer for every date, without
 * working out the weekday or Easter again on each question. The saga asks it hundreds of
 * thousands of times when it folds or passes over a large book. Each year is listed the first
 * time it is asked for (the list is a pure function of the year, so keeping it changes no
 * answer).
 */
export const listedCalendar = (calendar: BusinessCalendar): BusinessCalendar => {
  const years = new Map<number, readonly Holiday[]>();
  const closedDaysOf = (year: number): readonly Holiday[] => {
    const closed: Holiday[] = [];
    const first = dateFromParts(year, 1, 1);
    for (let day = first, n = 0; n < 366; day = addDays(day, 1), n += 1) {
      if (day.slice(0, 4) !== first.slice(0, 4)) break;
      if (!isBusinessDay(day, calendar)) {
        const holiday = calendar.holidaysIn(year).find((h) => h.date === day);
        closed.push({ date: day, name: holiday?.name ?? 'weekend' });
      }
    }
    return closed;
  };
  return {
    name: calendar.name,
    weekend: [],
    holidaysIn: (year) => {
      const known = years.get(year);
      if (known !== undefined) return known;
      const listed = closedDaysOf(year);
      years.set(year, listed);
      return listed;
    },
  };
};

/** The Dutch business calendar the saga schedules with: `listedCalendar` of the default. */
export const SCHEDULING_CALENDAR: BusinessCalendar = listedCalendar(DUTCH_BUSINESS_CALENDAR);
