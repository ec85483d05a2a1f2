import { addDays, CalendarDate, dateFromParts, weekday, yearOf } from './calendar-date';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A day on which no business is done, whatever weekday it falls on. */
export interface Holiday<Name extends string = string> {
  readonly date: CalendarDate;
  readonly name: Name;
}

/**
 * The days on which a tenant does business. Dates are business dates (Europe/Amsterdam,
 * see `calendar-date.ts`); a tenant elsewhere could bring another calendar later.
 */
export interface BusinessCalendar {
  readonly name: string;
  readonly weekend: readonly IsoWeekday[];
  /** The holidays of one year, in date order. */
  readonly holidaysIn: (year: number) => readonly Holiday[];
}

export type DutchHolidayName =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'eerste-paasdag'
  | 'tweede-paasdag'
  | 'koninginnedag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'eerste-pinksterdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag';

/** When Bevrijdingsdag (5 May) is a day off: many CAOs grant it only every fifth year. */
export type LiberationDayRule = 'every-year' | 'lustrum-years' | 'never';

export interface DutchCalendarOptions {
  /** Goede Vrijdag is no public holiday by law but commonly a day off; default true. */
  readonly goodFriday?: boolean;
  /** Default `lustrum-years`: 2025, 2030, … */
  readonly liberationDay?: LiberationDayRule;
}

/**
 * Easter Sunday of a Gregorian year, by the anonymous (Meeus/Jones/Butcher) algorithm;
 * Dutch moveable holidays count from it.
 */
export const easterSunday = (year: number): CalendarDate => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthAndDay = h + l - 7 * m + 114;
  return dateFromParts(year, Math.floor(monthAndDay / 31), (monthAndDay % 31) + 1);
};

const SUNDAY = 7;

/**
 * The King's (before 2014: the Queen's) birthday; never celebrated on a Sunday, so it
 * moves to the Saturday before.
 */
const royalDay = (year: number): Holiday<DutchHolidayName> => {
  const [name, day]: [DutchHolidayName, number] =
    year >= 2014 ? ['koningsdag', 27] : ['koninginnedag', 30];
  const date = dateFromParts(year, 4, day);
  return { name, date: weekday(date) === SUNDAY ? addDays(date, -1) : date };
};

const isLiberationDayOff = (year: number, rule: LiberationDayRule): boolean => {
  switch (rule) {
    case 'every-year':
      return true;
    case 'lustrum-years':
      return year % 5 === 0;
    case 'never':
      return false;
    default: {
      const _exhaustive: never = rule;
      return _exhaustive;
    }
  }
};

/**
 * The Dutch public holidays of a year on which business is closed, in date order:
 * fixed days, Easter-based days (Goede Vrijdag by option), Koningsdag, and Bevrijdingsdag
 * as the options say (default: lustrum years only).
 */
export const dutchHolidays = (
  year: number,
  options: DutchCalendarOptions = {},
): readonly Holiday<DutchHolidayName>[] => {
  const easter = easterSunday(year);
  const fromEaster = (name: DutchHolidayName, days: number): Holiday<DutchHolidayName> => ({
    name,
    date: addDays(easter, days),
  });
  const fixed = (
    name: DutchHolidayName,
    month: number,
    day: number,
  ): Holiday<DutchHolidayName> => ({
    name,
    date: dateFromParts(year, month, day),
  });
  const candidates: readonly (Holiday<DutchHolidayName> | null)[] = [
    fixed('nieuwjaarsdag', 1, 1),
    (options.goodFriday ?? true) ? fromEaster('goede-vrijdag', -2) : null,
    fromEaster('eerste-paasdag', 0),
    fromEaster('tweede-paasdag', 1),
    royalDay(year),
    isLiberationDayOff(year, options.liberationDay ?? 'lustrum-years')
      ? fixed('bevrijdingsdag', 5, 5)
      : null,
    fromEaster('hemelvaartsdag', 39),
    fromEaster('eerste-pinksterdag', 49),
    fromEaster('tweede-pinksterdag', 50),
    fixed('eerste-kerstdag', 12, 25),
    fixed('tweede-kerstdag', 12, 26),
  ];
  return candidates
    .filter((h): h is Holiday<DutchHolidayName> => h !== null)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
};

/** The Dutch business calendar: Saturday and Sunday off, plus `dutchHolidays`. */
export const dutchBusinessCalendar = (options: DutchCalendarOptions = {}): BusinessCalendar => ({
  name: 'nl',
  weekend: [6, 7],
  holidaysIn: (year) => dutchHolidays(year, options),
});

/** The default calendar of Debiteur: Dutch, Goede Vrijdag off, Bevrijdingsdag in lustrum years. */
export const DUTCH_BUSINESS_CALENDAR: BusinessCalendar = dutchBusinessCalendar();

/** A business day is neither a weekend day nor a holiday of the calendar. */
export const isBusinessDay = (date: CalendarDate, calendar: BusinessCalendar): boolean =>
  !calendar.weekend.some((day) => day === weekday(date)) &&
  !calendar.holidaysIn(yearOf(date)).some((holiday) => holiday.date === date);

/**
 * Bounds every search for a business day, so a calendar without one (a misconfiguration)
 * cannot loop forever; no real calendar closes for a whole year.
 */
const SEARCH_LIMIT_DAYS = 366;

const stepToBusinessDay = (
  date: CalendarDate,
  step: 1 | -1,
  calendar: BusinessCalendar,
): CalendarDate => {
  let day = date;
  for (let n = 0; n < SEARCH_LIMIT_DAYS && !isBusinessDay(day, calendar); n += 1) {
    day = addDays(day, step);
  }
  return day;
};

/**
 * The date itself when it is a business day, else the first business day after it: a
 * scheduled action that falls on a weekend or holiday moves forward, never back.
 */
export const nextBusinessDayOnOrAfter = (
  date: CalendarDate,
  calendar: BusinessCalendar,
): CalendarDate => stepToBusinessDay(date, 1, calendar);

/**
 * The `n`-th business day after `date` (before it when `n` is negative), counting only
 * business days; `n = 0` gives the date itself moved forward to a business day.
 */
export const addBusinessDays = (
  date: CalendarDate,
  n: number,
  calendar: BusinessCalendar,
): CalendarDate => {
  if (n === 0) return nextBusinessDayOnOrAfter(date, calendar);
  const step = n > 0 ? 1 : -1;
  let day = date;
  for (let left = Math.abs(Math.trunc(n)); left > 0; left -= 1) {
    day = stepToBusinessDay(addDays(day, step), step, calendar);
  }
  return day;
};
