import { majorUnitsText, Money } from '@debiteur/core';

/** A CSV cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted only when it holds a comma, quote or line break. */
export const csvField = (value: CsvValue): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV line (without its line break). */
export const csvLine = (values: readonly CsvValue[]): string => values.map(csvField).join(',');

/** An amount in major units with a point and its currency's decimals ("1234.50", JPY "1500"). */
export const moneyAmount = (money: Money | null | undefined): string | null =>
  money === null || money === undefined ? null : majorUnitsText(money);
