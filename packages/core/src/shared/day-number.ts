/**
 * Civil dates as day numbers (days since 1970-01-01) and back, after Howard Hinnant's
 * `days_from_civil` / `civil_from_days`. Business dates need no time zone, so plain integer
 * arithmetic answers what a date library would, at a fraction of the cost: replays and
 * scheduler passes do this for every event.
 */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in the month (1–12) of the year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);

/** True when the parts name a day of the Gregorian calendar (years 1–9999). */
export const isCivilDate = ({ year, month, day }: CivilDate): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= 1 &&
  year <= 9999 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month);

/** Days since 1970-01-01 (negative before it). */
export const dayNumberOf = ({ year, month, day }: CivilDate): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** The digits of `text` from `start` to `end` as a number (ASCII digits, not checked). */
const digitsOf = (text: string, start: number, end: number): number => {
  let value = 0;
  for (let i = start; i < end; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
};

/** The year of a `YYYY-MM-DD` string (not checked). */
export const yearOfIso = (iso: string): number => digitsOf(iso, 0, 4);

/** The month (1–12) of a `YYYY-MM-DD` string (not checked). */
export const monthOfIso = (iso: string): number => digitsOf(iso, 5, 7);

/** The day number of a `YYYY-MM-DD` string (not checked): `dayNumberOf` without the parts. */
export const dayNumberOfIso = (iso: string): number =>
  dayNumberOf({ year: yearOfIso(iso), month: monthOfIso(iso), day: digitsOf(iso, 8, 10) });

/** The civil date of a day number. */
export const civilDateOf = (dayNumber: number): CivilDate => {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of civil parts. */
export const formatCivilDate = ({ year, month, day }: CivilDate): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** The parts of a `YYYY-MM-DD` string (not checked for validity). */
export const parseCivilDate = (iso: string): CivilDate => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
  day: Number(iso.slice(8, 10)),
});

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const isoWeekdayOf = (dayNumber: number): number => ((((dayNumber + 3) % 7) + 7) % 7) + 1;
