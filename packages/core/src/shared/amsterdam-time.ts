import { civilDateOf, dayNumberOf, isoWeekdayOf } from './day-number';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** From this year on the Netherlands follow the EU rule below; before it, ask luxon. */
const FIRST_EU_RULE_YEAR = 1996;

const lastSundayOf = (year: number, month: number): number => {
  const last = dayNumberOf({ year, month: month + 1, day: 1 }) - 1;
  return last - (isoWeekdayOf(last) % 7);
};

/**
 * The offset of Europe/Amsterdam from UTC at an instant, in minutes, computed without a
 * time-zone database: CEST (+120) from 01:00 UTC on the last Sunday of March to 01:00 UTC
 * on the last Sunday of October, CET (+60) otherwise — the EU rule since 1996 (Directive
 * 2000/84/EC). Null before 1996, where the rule differed. Property tests compare it with the
 * tz database luxon reads, so a change of the rule fails the build rather than the books.
 */
export const amsterdamOffsetMinutes = (epochMs: number): number | null => {
  const { year } = civilDateOf(Math.floor(epochMs / MS_PER_DAY));
  if (year < FIRST_EU_RULE_YEAR) return null;
  const summerFrom = lastSundayOf(year, 3) * MS_PER_DAY + MS_PER_HOUR;
  const summerUntil = lastSundayOf(year, 10) * MS_PER_DAY + MS_PER_HOUR;
  return epochMs >= summerFrom && epochMs < summerUntil ? 120 : 60;
};
