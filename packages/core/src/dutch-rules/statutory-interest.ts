import { addDays, CalendarDate, dateFromParts, daysBetween } from '../shared/calendar-date';
import { daysInMonth, parseCivilDate } from '../shared/day-number';
import { Money, zero } from '../shared/money';
import {
  InterestKind,
  InterestRate,
  interestRatesFor,
  nextRateChangeAfter,
  rateOn,
} from './interest-rates';
import { divideRoundHalfUp, minorUnits } from './money-of';

/** Interest is reckoned per day as a 365th of the yearly rate, leap years included. */
export const DAYS_PER_YEAR = 365;

/** A stretch of days at one rate on one base; rate changes and year ends split the stretches. */
export interface InterestPeriod {
  /** The first day of the stretch. */
  readonly from: CalendarDate;
  /** The day after the last day of the stretch (the next stretch's `from`). */
  readonly until: CalendarDate;
  readonly days: number;
  readonly ratePercent: number;
  /** The amount interest runs on: the principal plus the interest of completed years. */
  readonly base: Money;
  readonly interest: Money;
}

export interface StatutoryInterest {
  readonly total: Money;
  readonly periods: readonly InterestPeriod[];
}

export interface StatutoryInterestInput {
  readonly principal: Money;
  readonly kind: InterestKind;
  /** The first day interest runs (see `interestStartDate`). */
  readonly from: CalendarDate;
  /** The day of payment or of the valuation: interest runs for the days before it. */
  readonly until: CalendarDate;
  /** The rate table; by default the statutory table of `kind`. */
  readonly rates?: readonly InterestRate[];
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export const addYears = (date: CalendarDate, years: number): CalendarDate => {
  const { year, month, day } = parseCivilDate(date);
  const target = year + years;
  return dateFromParts(target, month, Math.min(day, daysInMonth(target, month)));
};

const earliest = (dates: readonly (CalendarDate | null)[]): CalendarDate =>
  dates.filter((d): d is CalendarDate => d !== null).reduce((a, b) => (a <= b ? a : b));

const interestCents = (baseCents: number, ratePercent: number, days: number): number =>
  divideRoundHalfUp(
    BigInt(baseCents) * BigInt(Math.round(ratePercent * 100)) * BigInt(days),
    BigInt(DAYS_PER_YEAR * 100 * 100),
  );

/**
 * The statutory interest on `principal` for the days from `from` up to (not including)
 * `until`: art. 6:119 BW for consumers, art. 6:119a BW for commercial claims, at the rate of
 * each day from the dated table. Each rate change starts a new period; after each full year
 * from `from` the interest of that year is added to the base (art. 6:119 lid 2 BW; art. 6:119a BW
 * has the same rule). Each period's interest is base × rate × days / 365, rounded half up to the
 * cent. Zero, with no periods, when `until` is not after `from` or the principal is not positive.
 */
export const statutoryInterest = (input: StatutoryInterestInput): StatutoryInterest => {
  const { principal, from, until } = input;
  const rates = input.rates ?? interestRatesFor(input.kind);
  const periods: InterestPeriod[] = [];
  if (principal.amount <= 0 || until <= from) return { total: zero(principal.currency), periods };
  let base: number = principal.amount;
  let yearInterest = 0;
  let total = 0;
  let completedYears = 0;
  let yearEnd = addYears(from, 1);
  let cursor = from;
  while (cursor < until) {
    const end = earliest([until, yearEnd, nextRateChangeAfter(rates, cursor)]);
    const ratePercent = rateOn(rates, cursor);
    const days = daysBetween(cursor, end);
    const interest = interestCents(base, ratePercent, days);
    periods.push({
      from: cursor,
      until: end,
      days,
      ratePercent,
      base: minorUnits(base, principal.currency),
      interest: minorUnits(interest, principal.currency),
    });
    yearInterest += interest;
    total += interest;
    cursor = end;
    if (cursor === yearEnd) {
      base += yearInterest;
      yearInterest = 0;
      completedYears += 1;
      yearEnd = addYears(from, completedYears + 1);
    }
  }
  return { total: minorUnits(total, principal.currency), periods };
};

/** When the debtor's default, and so the statutory interest, begins. */
export type InterestStartInput =
  | {
      /** Art. 6:119a BW: interest runs without notice from the day after the due date. */
      readonly kind: 'commercial';
      readonly dueDate: CalendarDate;
    }
  | {
      /** Art. 6:119 BW: interest runs over the time the consumer is in default (verzuim). */
      readonly kind: 'consumer';
      readonly dueDate: CalendarDate;
      /**
       * True when the due date was a fatal term (art. 6:83 sub a BW): default follows from
       * the due date itself, without notice.
       */
      readonly fatalTerm: boolean;
      /**
       * The last day to pay given in a notice of default (ingebrekestelling, art. 6:82 BW),
       * e.g. a 14-day letter that also puts the debtor in default; null when none was sent.
       */
      readonly noticeOfDefaultDeadline: CalendarDate | null;
    };

/**
 * The first day statutory interest runs, or null while a consumer is not yet in default.
 * Commercial (art. 6:119a lid 1 BW): the day after the agreed due date, no notice needed.
 * Consumer (art. 6:119 BW with 6:81–6:83): the day after the due date when it was a fatal
 * term, else the day after the last day a notice of default gave (never before the due date).
 */
export const interestStartDate = (input: InterestStartInput): CalendarDate | null => {
  if (input.kind === 'commercial' || input.fatalTerm) return addDays(input.dueDate, 1);
  const deadline = input.noticeOfDefaultDeadline;
  if (deadline === null) return null;
  return addDays(deadline > input.dueDate ? deadline : input.dueDate, 1);
};
