import { EventToAppend } from './event-store.port';

/** Year, month, day, hour, minute, second, fraction, and the offset (Z, or sign, hours, minutes). */
const INSTANT_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** The widest offsets in use (UTC−12:00 to UTC+14:00); PostgreSQL refuses some beyond them. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Whether `text` is an ISO-8601 instant with an offset that every store can keep as it is:
 * a date and time that exist (no 30 February, no hour 24), an offset within ±14:00, and a
 * year from 1 to 9999 once in UTC. Stricter than the core's `Instant`, which allows offsets
 * up to 23:59 that PostgreSQL refuses; the port does not depend on the core.
 */
export const isInstantWithOffset = (text: unknown): text is string => {
  if (typeof text !== 'string') return false;
  const parts = INSTANT_PARTS.exec(text);
  if (parts === null) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetMinutes = Number(parts[10] ?? 0);
  const offset = Number(parts[9] ?? 0) * 60 + offsetMinutes;
  if (offsetMinutes >= 60 || offset > MAX_OFFSET_MINUTES) return false;
  const civil = new Date(0);
  civil.setUTCFullYear(year, month - 1, day);
  civil.setUTCHours(hour, minute, second, 0);
  const exists =
    civil.getUTCFullYear() === year &&
    civil.getUTCMonth() === month - 1 &&
    civil.getUTCDate() === day &&
    civil.getUTCHours() === hour &&
    civil.getUTCMinutes() === minute &&
    civil.getUTCSeconds() === second;
  const utcYear = new Date(Date.parse(text)).getUTCFullYear();
  return exists && utcYear >= 1 && utcYear <= 9999;
};

/** An import's `originallyRecordedAt` in UTC, as every store writes `recordedAt`; else undefined. */
export const keptRecordedAt = ({ originallyRecordedAt: at }: EventToAppend): string | undefined =>
  at === undefined ? undefined : new Date(at).toISOString();

/** The `recordedAt` a store gives an event it commits at `committedAt`: an import keeps its own. */
export const recordedAtOf = (event: EventToAppend, committedAt: string): string =>
  keptRecordedAt(event) ?? committedAt;
