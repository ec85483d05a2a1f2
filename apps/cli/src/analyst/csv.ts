import { majorUnitsText, Money } from '@debiteur/core';

/** A CSV cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The first characters a spreadsheet reads as the start of a formula (OWASP, "CSV
 * Injection"): = + - @ tab CR, as char codes, so the common cell is passed with one lookup.
 */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/** A plain decimal number, as `moneyAmount` writes one ("-12.50"): a value, not a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

const formulaGuarded = (text: string): string =>
  FORMULA_START.has(text.charCodeAt(0)) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;

/**
 * One RFC 4180 field: quoted only when it holds a comma, quote or line break. Text that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` first, so a
 * spreadsheet never runs it as a formula, unless it is a plain decimal number such as an
 * amount ("-12.50"). A JS number or boolean is written as JavaScript spells it: no one can
 * put text in it (docs/adr/0037).
 */
export const csvField = (value: CsvValue): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? formulaGuarded(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV line (without its line break). */
export const csvLine = (values: readonly CsvValue[]): string => values.map(csvField).join(',');

/** An amount in major units with a point and its currency's decimals ("1234.50", JPY "1500"). */
export const moneyAmount = (money: Money | null | undefined): string | null =>
  money === null || money === undefined ? null : majorUnitsText(money);
