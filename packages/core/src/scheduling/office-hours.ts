import * as E from 'fp-ts/Either';
import { DateTime } from 'luxon';
import {
  BusinessCalendar,
  DUTCH_BUSINESS_CALENDAR,
  isBusinessDay,
} from '../shared/business-calendar';
import { BUSINESS_ZONE } from '../shared/calendar-date';
import { businessDateOf, Instant } from '../shared/instant';

/** When reminders may go out on a business day, as `HH:mm` in Europe/Amsterdam; end excluded. */
export interface OfficeHours {
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: '08:00', end: '18:00' };

export interface InvalidOfficeHours {
  readonly _tag: 'InvalidOfficeHours';
  readonly start: string;
  readonly end: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

const minutesOf = (hhmm: string): number | null => {
  const match = HH_MM.exec(hhmm);
  return match === null ? null : Number(match[1]) * 60 + Number(match[2]);
};

/** Office hours are two `HH:mm` times, the start before the end, on the same day. */
export const officeHours = (
  start: string,
  end: string,
): E.Either<InvalidOfficeHours, OfficeHours> => {
  const from = minutesOf(start);
  const to = minutesOf(end);
  return from === null || to === null || from >= to
    ? E.left({ _tag: 'InvalidOfficeHours', start, end })
    : E.right({ start, end });
};

/** Why the office is closed at an instant; null when it is open. */
export type OfficeClosed = 'non-business-day' | 'before-hours' | 'after-hours';

/**
 * Whether the scheduler may send at `now`: on a business day of the calendar (Dutch by
 * default: no weekends, no public holidays) and from `start` up to, not including, `end`
 * Amsterdam time. Answers why not, or null when it may.
 */
export const officeClosedAt = (
  now: Instant,
  hours: OfficeHours = DEFAULT_OFFICE_HOURS,
  calendar: BusinessCalendar = DUTCH_BUSINESS_CALENDAR,
): OfficeClosed | null => {
  if (!isBusinessDay(businessDateOf(now), calendar)) return 'non-business-day';
  const local = DateTime.fromISO(now, { zone: BUSINESS_ZONE });
  const minute = local.hour * 60 + local.minute;
  if (minute < (minutesOf(hours.start) ?? 0)) return 'before-hours';
  if (minute >= (minutesOf(hours.end) ?? 24 * 60)) return 'after-hours';
  return null;
};
