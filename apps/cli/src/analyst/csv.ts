import { Money } from '@debiteur/core';

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

/** An amount in major units with two decimals and a point ("1234.50"), as spreadsheets read it. */
export const moneyAmount = (money: Money | null | undefined): string | null => {
  if (money === null || money === undefined) return null;
  const sign = money.amount < 0 ? '-' : '';
  const abs = Math.abs(money.amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};
