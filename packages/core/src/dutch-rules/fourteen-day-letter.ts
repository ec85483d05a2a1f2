import { BusinessCalendar } from '../shared/business-calendar';
import { addDays, CalendarDate, isBefore, weekday, yearOf } from '../shared/calendar-date';
import { Money } from '../shared/money';
import { ALGEMENE_TERMIJNENWET_CALENDAR, atwTermEnd } from './atw-calendar';

/** Art. 6:96 lid 6 BW: the consumer gets fourteen days to pay without costs. */
export const FOURTEEN_DAY_TERM_DAYS = 14;

/** HR 25-11-2016: a posted letter is presumed delivered on the second post day after sending. */
export const POSTAL_DELIVERY_DAYS = 2;

const MONDAY = 1;
const SUNDAY = 7;

const isHoliday = (date: CalendarDate, calendar: BusinessCalendar): boolean =>
  calendar.holidaysIn(yearOf(date)).some((holiday) => holiday.date === date);

/**
 * A day on which the HR's rule of experience counts ordinary post as delivered: not a Sunday,
 * not a Monday (no regular letter delivery), not an official holiday (art. 3 Atw, plus the
 * holidays of `calendar`, so a tenant calendar can only make the presumption later).
 * Saturday is a post day.
 */
const isPostDay = (date: CalendarDate, calendar: BusinessCalendar): boolean => {
  const day = weekday(date);
  return (
    day !== SUNDAY &&
    day !== MONDAY &&
    !isHoliday(date, ALGEMENE_TERMIJNENWET_CALENDAR) &&
    !isHoliday(date, calendar)
  );
};

/**
 * The day a 14-day letter sent by ordinary post is presumed received: the second day after
 * sending, where a Sunday, a Monday or an official holiday counts neither as a day in between
 * nor as the day of delivery (HR 25 November 2016, ECLI:NL:HR:2016:2704, r.o. 3.5.3, the rule
 * of experience courts apply when receipt is not disputed).
 */
export const presumedReceipt = (
  sentOn: CalendarDate,
  calendar: BusinessCalendar = ALGEMENE_TERMIJNENWET_CALENDAR,
): CalendarDate => {
  let day = sentOn;
  for (let counted = 0; counted < POSTAL_DELIVERY_DAYS;) {
    day = addDays(day, 1);
    if (isPostDay(day, calendar)) counted += 1;
  }
  return day;
};

export interface FourteenDayLetterDates {
  /** The day the letter is presumed received (see `presumedReceipt`). */
  readonly presumedReceipt: CalendarDate;
  /** The last day the consumer may still pay without collection costs. */
  readonly deadline: CalendarDate;
}

/**
 * The dates of a 14-day letter (art. 6:96 lid 6 BW) sent on `sentOn`: the term of fourteen
 * days starts the day after the presumed receipt (HR 25-11-2016, ECLI:NL:HR:2016:2704), so
 * its last day is receipt + 14; when that falls on a Saturday, Sunday or recognised holiday,
 * art. 1 Algemene termijnenwet moves it to the next day that is none of these. The Atw days
 * always apply; `calendar` can only add closed days (making the deadline later, never earlier).
 * A letter may safely state a later deadline than this, never an earlier one.
 */
export const fourteenDayLetterDeadline = (
  sentOn: CalendarDate,
  calendar: BusinessCalendar = ALGEMENE_TERMIJNENWET_CALENDAR,
): FourteenDayLetterDates => {
  const receipt = presumedReceipt(sentOn, calendar);
  return {
    presumedReceipt: receipt,
    deadline: atwTermEnd(addDays(receipt, FOURTEEN_DAY_TERM_DAYS), calendar),
  };
};

/** What a sent 14-day letter said: the day it went out, its last day to pay, its costs. */
export interface FourteenDayLetter {
  readonly sentOn: CalendarDate;
  readonly deadline: CalendarDate;
  /** The collection costs the letter announced; null when it stated none. */
  readonly statedCosts: Money | null;
}

export type FourteenDayLetterProblem =
  'costs-not-stated' | 'costs-above-statutory' | 'deadline-too-early';

/**
 * Why a letter is not a valid 14-day letter, or null when it is: it must state the costs
 * (in the currency of, and not above, `statutoryCosts`, the statutory costs on the principal
 * when it was sent) and a deadline no earlier than `fourteenDayLetterDeadline(sentOn)`.
 * A wrong letter stays wrong: a later letter that only extends the term or corrects the
 * amount does not repair it (HR 25-11-2016, ECLI:NL:HR:2016:2704); only a new, complete
 * letter with its own full term counts. Null `statutoryCosts` (no costs can be due) makes
 * any stated amount too high.
 */
export const fourteenDayLetterProblem = (
  letter: FourteenDayLetter,
  statutoryCosts: Money | null,
  calendar: BusinessCalendar = ALGEMENE_TERMIJNENWET_CALENDAR,
): FourteenDayLetterProblem | null => {
  if (letter.statedCosts === null) return 'costs-not-stated';
  if (
    statutoryCosts === null ||
    letter.statedCosts.currency !== statutoryCosts.currency ||
    letter.statedCosts.amount > statutoryCosts.amount
  ) {
    return 'costs-above-statutory';
  }
  const required = fourteenDayLetterDeadline(letter.sentOn, calendar).deadline;
  return isBefore(letter.deadline, required) ? 'deadline-too-early' : null;
};

/**
 * True when the letter is a valid 14-day letter (see `fourteenDayLetterProblem`). A later
 * extension does not repair an invalid letter: judge every letter on its own.
 */
export const isValidFourteenDayLetter = (
  letter: FourteenDayLetter,
  statutoryCosts: Money | null,
  calendar: BusinessCalendar = ALGEMENE_TERMIJNENWET_CALENDAR,
): boolean => fourteenDayLetterProblem(letter, statutoryCosts, calendar) === null;
