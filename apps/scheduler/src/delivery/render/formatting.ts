import { CalendarDate, Money, minorDigitsOf, weekday } from '@debiteur/core';
import { Language } from '../reminder-message';

const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', GBP: '£', USD: '$' };

const groupThousands = (digits: string, separator: string): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * Money for a letter, written the way each language writes it: `€ 1.234,56` in Dutch,
 * `€1,234.56` in English, with the decimals of the currency's ISO 4217 minor unit, the unit
 * it is stored in (`JPY 1,500`, `KWD 1.500`). Done by hand rather than by the host's ICU data,
 * so a letter reads the same on every machine and never takes CLDR's decimals (none for HUF),
 * which would ask for a hundredfold; a currency without a symbol here is written by its code.
 */
export const formatAmount = (money: Money, language: Language): string => {
  const digits = minorDigitsOf(money.currency);
  const abs = Math.abs(money.amount);
  const unit = 10 ** digits;
  const whole = String(Math.floor(abs / unit));
  const fraction = digits === 0 ? '' : String(abs % unit).padStart(digits, '0');
  const [group, decimal] = language === 'nl' ? ['.', ','] : [',', '.'];
  const number = groupThousands(whole, group) + (fraction === '' ? '' : decimal + fraction);
  const symbol = SYMBOLS[money.currency];
  const sign = money.amount < 0 ? '-' : '';
  if (language === 'nl') return `${symbol ?? money.currency} ${sign}${number}`;
  return symbol === undefined ? `${sign}${money.currency} ${number}` : `${sign}${symbol}${number}`;
};

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A business date in words: `23 november 2026` in Dutch, `23 November 2026` in English. */
export const formatDate = (date: CalendarDate, language: Language): string => {
  const [year, month, day] = date.split('-').map(Number);
  const name = MONTHS[language][(month ?? 1) - 1] ?? '';
  return `${day ?? ''} ${name} ${year ?? ''}`;
};

const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/**
 * A business date with its weekday, as a deadline is best named so nobody can misread it:
 * `woensdag 9 december 2026` in Dutch, `Wednesday 9 December 2026` in English.
 */
export const formatDay = (date: CalendarDate, language: Language): string =>
  `${WEEKDAYS[language][weekday(date) - 1] ?? ''} ${formatDate(date, language)}`;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
