import { businessDateOf, CalendarDate, Instant, instant, toMillis } from '@debiteur/core';
import { isLeft } from 'fp-ts/Either';
import { UsageError } from '../cli-io';

/** A look-back instant: the books as they were recorded up to and including it. */
export interface AsOf {
  readonly instant: Instant;
  readonly millis: number;
  /** The business day of the instant: the "today" the reports are computed for. */
  readonly date: CalendarDate;
}

/** Parses `--as-of` (ISO-8601 with offset); a bad value is a usage error (exit 2). */
export const parseAsOf = (text: string | undefined): AsOf | null => {
  if (text === undefined) return null;
  const parsed = instant(text);
  if (isLeft(parsed)) {
    throw new UsageError(`--as-of "${text}" is not an ISO-8601 instant with offset`);
  }
  return {
    instant: parsed.right,
    millis: toMillis(parsed.right),
    date: businessDateOf(parsed.right),
  };
};

/**
 * Whether an event was in the books at `asOf`: it counts by when the store recorded it
 * (`recordedAt`), not when it happened, so a payment booked late stays out of earlier books.
 */
export const recordedBy = (recordedAt: string, asOf: AsOf | null): boolean =>
  asOf === null || Date.parse(recordedAt) <= asOf.millis;

/**
 * A look-back past `now` is most often a mistyped year: the reports would be aged to a day
 * that has not come. Said on stderr (the line returned here), not refused: a forecast of
 * what will be overdue by then is a fair question.
 */
export const futureAsOfNotice = (asOf: AsOf | null, now: Instant): string | null =>
  asOf === null || asOf.millis <= toMillis(now)
    ? null
    : `--as-of ${asOf.instant} is in the future: every event recorded so far counts, ` +
      `and the reports are aged to ${asOf.date}.`;
