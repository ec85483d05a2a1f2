import { EventToAppend } from './event-store.port';

/** Year, month, day, hour, minute, second, fraction, and the offset (Z, or sign, hours, minutes). */
const INSTANT_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** The widest offsets in use (UTC−12:00 to UTC+14:00); PostgreSQL refuses some beyond them. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years every store keeps. */
const FIRST_KEPT_MILLIS = -62_135_596_800_000;
const LAST_KEPT_MILLIS = 253_402_300_799_999;

const isLeapYear = (year: number): boolean =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** Midnight UTC of a date that exists, as milliseconds; `Date.UTC` would read year 99 as 1999. */
const midnightMillis = (year: number, month: number, day: number): number =>
  new Date(0).setUTCFullYear(year, month - 1, day);

/** Text in the form `toISOString` writes, which a store's own `recordedAt` always has. */
const isUtcToTheMillisecond = (text: string): boolean =>
  text.length === 24 && text.charCodeAt(19) === 46 /* . */ && text.charCodeAt(23) === 90; /* Z */

/**
 * `text` in UTC to the millisecond, as every store writes `recordedAt`, when it is an
 * ISO-8601 instant with an offset that every store can keep as it is: a date and time that
 * exist (no 30 February, no hour 24, no leap second), an offset within ±14:00, and a year
 * from 1 to 9999 once in UTC; else null. Digits past the millisecond are dropped, as
 * `Date.parse` drops them. One pass, no `Date` parsing: import and the JSONL reader call it
 * for every event.
 */
export const instantInUtc = (text: unknown): string | null => {
  if (typeof text !== 'string') return null;
  const parts = INSTANT_PARTS.exec(text);
  if (parts === null) return null;
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const hour = Number(parts[4]);
  const minute = Number(parts[5]);
  const second = Number(parts[6]);
  const offsetHours = Number(parts[9] ?? 0);
  const offsetMinutes = Number(parts[10] ?? 0);
  const offset = (parts[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const exists =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offsetMinutes < 60 &&
    Math.abs(offset) <= MAX_OFFSET_MINUTES;
  if (!exists) return null;
  const digits = parts[7];
  const fraction = digits === undefined ? 0 : Number(`${digits}00`.slice(0, 3));
  const millis =
    midnightMillis(year, month, day) +
    ((hour * 60 + minute - offset) * 60 + second) * 1000 +
    fraction;
  if (millis < FIRST_KEPT_MILLIS || millis > LAST_KEPT_MILLIS) return null;
  return parts[8] === undefined && isUtcToTheMillisecond(text)
    ? text
    : new Date(millis).toISOString();
};

/**
 * Whether `text` is an ISO-8601 instant with an offset that every store can keep as it is
 * (see `instantInUtc`). Stricter than the core's `Instant`, which allows offsets up to 23:59
 * that PostgreSQL refuses; the port does not depend on the core.
 */
export const isInstantWithOffset = (text: unknown): text is string => instantInUtc(text) !== null;

/** An import's `originallyRecordedAt` in UTC, as every store writes `recordedAt`; else undefined. */
export const keptRecordedAt = ({ originallyRecordedAt: at }: EventToAppend): string | undefined =>
  at === undefined ? undefined : (instantInUtc(at) ?? new Date(at).toISOString());

/** The `recordedAt` a store gives an event it commits at `committedAt`: an import keeps its own. */
export const recordedAtOf = (event: EventToAppend, committedAt: string): string =>
  keptRecordedAt(event) ?? committedAt;
