import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import {
  civilDateOf,
  dayNumberOfIso,
  formatCivilDate,
  isCivilDate,
  isoWeekdayOf,
  parseCivilDate,
} from './day-number';

export interface CalendarDateBrand {
  readonly CalendarDate: unique symbol;
}

/** The zone every business date of Debiteur is reckoned in. */
export const BUSINESS_ZONE = 'Europe/Amsterdam';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = dayNumberOfIso;
const fromDayNumber = (n: number): CalendarDate => formatCivilDate(civilDateOf(n)) as CalendarDate;

/** A business date without time, `YYYY-MM-DD`, such as an invoice or due date. */
export const CalendarDate = t.brand(
  t.string,
  (s): s is t.Branded<string, CalendarDateBrand> =>
    ISO_DATE.test(s) && isCivilDate(parseCivilDate(s)),
  'CalendarDate',
);
export type CalendarDate = t.TypeOf<typeof CalendarDate>;

export interface InvalidDate {
  readonly _tag: 'InvalidDate';
  readonly value: string;
}

/** Parses `YYYY-MM-DD`; refuses impossible dates such as `2026-02-30`. */
export const calendarDate = (value: string): E.Either<InvalidDate, CalendarDate> =>
  CalendarDate.is(value) ? E.right(value) : E.left({ _tag: 'InvalidDate', value });

/** The date `days` calendar days after `date` (negative goes back). */
export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  fromDayNumber(dayNumber(date) + days);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  dayNumber(to) - dayNumber(from);

/** Orders two dates (negative: a is earlier). ISO dates compare as strings. */
export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  a < b ? -1 : a > b ? 1 : 0;

export const isBefore = (a: CalendarDate, b: CalendarDate): boolean => a < b;
export const isAfter = (a: CalendarDate, b: CalendarDate): boolean => a > b;

/** The later of two dates. */
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);

/** The earlier of two dates. */
export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekday = (date: CalendarDate): number => isoWeekdayOf(dayNumber(date));

/** Builds a date from its parts; the caller guarantees they form a real date. */
export const dateFromParts = (year: number, month: number, day: number): CalendarDate =>
  formatCivilDate({ year, month, day }) as CalendarDate;

export const yearOf = (date: CalendarDate): number => parseCivilDate(date).year;
