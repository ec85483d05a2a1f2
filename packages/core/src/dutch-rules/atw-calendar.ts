import {
  BusinessCalendar,
  dutchBusinessCalendar,
  isBusinessDay,
} from '../shared/business-calendar';
import { addDays, CalendarDate } from '../shared/calendar-date';

/**
 * The days the Algemene termijnenwet (Atw) counts as closed: Saturday, Sunday and the
 * "algemeen erkende feestdagen" of art. 3 Atw (Nieuwjaarsdag, tweede Paas- en Pinksterdag,
 * both Christmas days, Hemelvaartsdag, Koningsdag and 5 May every year). Goede Vrijdag is no
 * such day, and 5 May is one every year, unlike in Debiteur's default business calendar.
 * Days the government equates with a feestdag by decree (art. 3 lid 2 Atw) are not included.
 */
export const ALGEMENE_TERMIJNENWET_CALENDAR: BusinessCalendar = {
  ...dutchBusinessCalendar({ goodFriday: false, liberationDay: 'every-year' }),
  name: 'nl-atw',
};

/** Closed by law or by the tenant's own calendar: a term may end later, never earlier. */
export const isClosedDay = (date: CalendarDate, calendar: BusinessCalendar): boolean =>
  !isBusinessDay(date, ALGEMENE_TERMIJNENWET_CALENDAR) || !isBusinessDay(date, calendar);

/** No real calendar closes for a year; bounds the search when one is misconfigured. */
const SEARCH_LIMIT_DAYS = 366;

/**
 * The last day of a statutory term that ends on `lastDay`, moved by art. 1 lid 1 Atw to the
 * next day that is not a Saturday, Sunday or recognised holiday (nor closed in `calendar`).
 */
export const atwTermEnd = (lastDay: CalendarDate, calendar: BusinessCalendar): CalendarDate => {
  let day = lastDay;
  for (let n = 0; n < SEARCH_LIMIT_DAYS && isClosedDay(day, calendar); n += 1) {
    day = addDays(day, 1);
  }
  return day;
};
