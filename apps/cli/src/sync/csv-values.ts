import { CalendarDate, calendarDate } from '@debiteur/core';
import { isRight } from 'fp-ts/Either';

/**
 * Reads an amount as accounting packages write it, into minor units of a currency with
 * `minorDigits` decimals (two: cents): `1234.56`, `1234,56`, `1.234,56`, `1,234.56`,
 * `1 234,56`, `€ 12,50`, `-5,00`. With both `.` and `,` the rightmost is the decimal mark.
 * With one of them: used more than once, or followed by exactly three digits in a currency
 * of fewer decimals, it groups thousands (`1.234` is 1234 euros, or yen); otherwise it is the
 * decimal mark. Thousands are never grouped after nothing but zeros, so `0,125` has three
 * decimals (too many for euros) and is not 125 euros. Decimals past the currency's own must be
 * zeros (`1500,00` yen is 1500; `1,5` yen is no amount). Null when the text is not such an
 * amount.
 */
export const parseAmount = (text: string, minorDigits = 2): number | null => {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^([-+]?)([\d.,]+)$/.exec(compact);
  if (match === null) return null;
  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2] ?? '';
  const decimalMark = decimalMarkOf(body, minorDigits);
  const [whole = '', fraction = ''] =
    decimalMark === null ? [body] : splitAt(body, body.lastIndexOf(decimalMark));
  const grouping = decimalMark === null ? /[.,]/ : decimalMark === ',' ? /\./ : /,/;
  if (!validGrouping(whole, grouping) || !validFraction(fraction, minorDigits)) return null;
  const digits = whole.replace(/[.,]/g, '');
  if (digits === '' && fraction === '') return null;
  const unit = 10 ** minorDigits;
  const minor =
    Number(digits === '' ? '0' : digits) * unit +
    Number(fraction.slice(0, minorDigits).padEnd(minorDigits, '0') || '0');
  return Number.isSafeInteger(minor) ? sign * minor || 0 : null;
};

/** At most two decimals, or the currency's own if more; any past its own are zeros. */
const validFraction = (fraction: string, minorDigits: number): boolean =>
  fraction.length <= Math.max(2, minorDigits) && /^0*$/.test(fraction.slice(minorDigits));

const splitAt = (text: string, index: number): [string, string] => [
  text.slice(0, index),
  text.slice(index + 1),
];

/** A leading group of zeros (`0`, `000`) or none: no number is written so with thousands. */
const isZeroGroup = (group: string): boolean => /^0*$/.test(group);

const decimalMarkOf = (body: string, minorDigits: number): '.' | ',' | null => {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  const occurrences = body.split(mark).length - 1;
  const after = body.length - body.lastIndexOf(mark) - 1;
  const groupsThousands =
    after === 3 && minorDigits < 3 && !isZeroGroup(body.slice(0, body.indexOf(mark)));
  return occurrences > 1 || groupsThousands ? null : mark;
};

/** Thousands groups: one to three leading digits, not all zeros, then groups of exactly three. */
const validGrouping = (whole: string, separator: RegExp): boolean => {
  if (/^\d*$/.test(whole)) return true;
  const [first = '', ...rest] = whole.split(separator);
  return (
    rest.length > 0 &&
    /^\d{1,3}$/.test(first) &&
    !isZeroGroup(first) &&
    rest.every((group) => /^\d{3}$/.test(group))
  );
};

/**
 * Reads a date written `YYYY-MM-DD` (ISO) or `DD-MM-YYYY` (Dutch; also with `/` or `.`,
 * and one-digit day or month). Null for anything else or an impossible date (31-02-2026).
 */
export const parseDate = (text: string): CalendarDate | null => {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dutch
      ? [dutch[3], dutch[2], dutch[1]]
      : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const checked = calendarDate(candidate);
  return isRight(checked) ? checked.right : null;
};

/** A payment term in whole days (`30`, `30 dagen`, `30 days`); null otherwise. */
export const parseTermDays = (text: string): number | null => {
  const match = /^(\d{1,4})(\s*(d|dg|dagen|days?))?$/i.exec(text.trim());
  return match === null ? null : Number(match[1]);
};

/** Text of nothing but whitespace and control characters (a DOS end-of-file mark `\x1a`). */
export const isBlankText = (text: string): boolean => /^[\s\p{Cc}]*$/u.test(text);

const SEPARATORS = [';', ',', '\t'] as const;

/** Where the text's first line with more than separators, quotes and blanks starts. */
const firstFilledLine = (text: string): number => {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end < 0 || !isBlankText(text.slice(start, end).replace(/[;,"]/g, ''))) return start;
    start = end + 1;
  }
};

/**
 * The field separator of a file, judged from its header line, the first line that holds more
 * than separators, quotes and blanks: whichever of `;`, `,` and tab occurs most outside quotes
 * (`;` wins a tie: Dutch exports use it because `,` is their decimal mark).
 */
export const detectSeparator = (text: string): string => {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text.slice(firstFilledLine(text))) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return SEPARATORS.reduce((best, next) =>
    (counts.get(next) ?? 0) > (counts.get(best) ?? 0) ? next : best,
  );
};
