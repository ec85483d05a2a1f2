import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { DateTime } from 'luxon';
import { BUSINESS_ZONE, CalendarDate } from './calendar-date';
import { amsterdamOffsetMinutes } from './amsterdam-time';
import {
  civilDateOf,
  dayNumberOf,
  formatCivilDate,
  isCivilDate,
  parseCivilDate,
} from './day-number';

export interface InstantBrand {
  readonly Instant: unique symbol;
}

/** The parts of an ISO-8601 instant with an offset: the one pattern both checks and maths read. */
const INSTANT_PARTS =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Checked with integer arithmetic: decoding validates every instant of every event read. */
const isIsoInstant = (s: string): boolean => {
  const match = INSTANT_PARTS.exec(s);
  if (match === null) return false;
  const [, date = '', hour, minute, second, , , offsetHours, offsetMinutes] = match;
  return (
    isCivilDate(parseCivilDate(date)) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    (second === undefined || Number(second) < 60) &&
    (offsetHours === undefined || Number(offsetHours) < 24) &&
    (offsetMinutes === undefined || Number(offsetMinutes) < 60)
  );
};

/** A moment in time as ISO-8601 with an explicit offset, e.g. `2026-03-01T09:00:00+01:00`. */
export const Instant = t.brand(
  t.string,
  (s): s is t.Branded<string, InstantBrand> => isIsoInstant(s),
  'Instant',
);
export type Instant = t.TypeOf<typeof Instant>;

export interface InvalidInstant {
  readonly _tag: 'InvalidInstant';
  readonly value: string;
}

/** Parses an ISO-8601 instant; refuses one without an offset, which would be ambiguous. */
export const instant = (value: string): E.Either<InvalidInstant, Instant> =>
  Instant.is(value) ? E.right(value) : E.left({ _tag: 'InvalidInstant', value });

/**
 * Milliseconds since the epoch, for ordering instants written with different offsets:
 * integer arithmetic on the ISO text (fractions below a millisecond are dropped).
 */
export const toMillis = (i: Instant): number => {
  const match = INSTANT_PARTS.exec(i);
  if (match === null) return DateTime.fromISO(i, { setZone: true }).toMillis();
  const [, date = '', hour, minute, second, fraction, sign, offsetHours, offsetMinutes] = match;
  const offset =
    sign === undefined
      ? 0
      : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  return (
    dayNumberOf(parseCivilDate(date)) * 86_400_000 +
    (Number(hour) * 60 + Number(minute) - offset) * 60_000 +
    Number(second ?? 0) * 1000 +
    millis
  );
};

/** Orders two instants (negative: a is earlier). */
export const compareInstants = (a: Instant, b: Instant): number => toMillis(a) - toMillis(b);

/** The business date (Europe/Amsterdam) on which an instant falls. */
export const businessDateOf = (i: Instant): CalendarDate => {
  const millis = toMillis(i);
  const offset = amsterdamOffsetMinutes(millis);
  if (offset === null)
    return DateTime.fromISO(i, { zone: BUSINESS_ZONE }).toISODate() as CalendarDate;
  return formatCivilDate(
    civilDateOf(Math.floor((millis + offset * 60_000) / 86_400_000)),
  ) as CalendarDate;
};

/** The instant a business date starts, at `hour` o'clock in Europe/Amsterdam. */
export const instantAt = (date: CalendarDate, hour = 0): Instant =>
  DateTime.fromISO(date, { zone: BUSINESS_ZONE })
    .set({ hour })
    .toISO({ suppressMilliseconds: true }) as Instant;

/** Re-expresses an instant from epoch milliseconds, in Europe/Amsterdam. */
export const instantFromMillis = (ms: number): Instant =>
  DateTime.fromMillis(ms, { zone: BUSINESS_ZONE }).toISO({ suppressMilliseconds: true }) as Instant;
