import { cents, day } from '../delivery.spec-values';
import { escapeHtml, formatAmount, formatDate, formatDay } from './formatting';

describe('Formatting for letters', () => {
  describe('amounts', () => {
    it.each([
      [123456, 'nl', '€ 1.234,56'],
      [123456, 'en', '€1,234.56'],
      [5, 'nl', '€ 0,05'],
      [100000000, 'nl', '€ 1.000.000,00'],
      [100000000, 'en', '€1,000,000.00'],
      [-2550, 'nl', '€ -25,50'],
      [-2550, 'en', '-€25.50'],
    ] as const)('writes %p cents in %s as %p', (amount, language, expected) => {
      expect(formatAmount(cents(amount), language)).toBe(expected);
    });

    it('writes a currency without decimals whole, and one without a symbol by its code', () => {
      expect(formatAmount(cents(1234, 'JPY'), 'en')).toBe('JPY 1,234');
      expect(formatAmount(cents(1234, 'CHF'), 'nl')).toBe('CHF 12,34');
      expect(formatAmount(cents(1234, 'GBP'), 'en')).toBe('£12.34');
    });

    it.each([
      [150000, 'JPY', 'nl', 'JPY 150.000'],
      [150000, 'JPY', 'en', 'JPY 150,000'],
      [150000, 'HUF', 'nl', 'HUF 1.500,00'],
      [150000, 'HUF', 'en', 'HUF 1,500.00'],
      [1234567, 'KWD', 'nl', 'KWD 1.234,567'],
      [1234567, 'KWD', 'en', 'KWD 1,234.567'],
      [1500, 'IQD', 'nl', 'IQD 1,500'],
      [1500, 'IQD', 'en', 'IQD 1.500'],
      [-5, 'IQD', 'en', '-IQD 0.005'],
    ] as const)(
      'writes %p minor units of %s in %s with ISO 4217 decimals, not CLDR ones: %p',
      (amount, currency, language, expected) => {
        expect(formatAmount(cents(amount, currency), language)).toBe(expected);
      },
    );
  });

  describe('dates', () => {
    it.each([
      ['2026-11-23', 'nl', '23 november 2026'],
      ['2026-11-23', 'en', '23 November 2026'],
      ['2027-01-01', 'nl', '1 januari 2027'],
      ['2026-05-09', 'en', '9 May 2026'],
    ] as const)('writes %s in %s as %p', (date, language, expected) => {
      expect(formatDate(day(date), language)).toBe(expected);
    });
  });

  describe('deadlines', () => {
    it.each([
      ['2026-12-09', 'nl', 'woensdag 9 december 2026'],
      ['2026-12-09', 'en', 'Wednesday 9 December 2026'],
      ['2026-12-13', 'nl', 'zondag 13 december 2026'],
      ['2026-12-14', 'en', 'Monday 14 December 2026'],
    ] as const)('name %s in %s with its weekday: %p', (date, language, expected) => {
      expect(formatDay(day(date), language)).toBe(expected);
    });
  });

  it('escapes every character HTML gives a meaning', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
