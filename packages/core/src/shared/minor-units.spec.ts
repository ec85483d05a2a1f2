import fc from 'fast-check';
import { formatMoney, Money } from './money';
import { majorUnitsText, minorDigitsOf } from './minor-units';

const amount = (value: number, currency: string) => ({ amount: value, currency }) as Money;

describe('Amounts in major units', () => {
  it('gives each currency the decimals ISO 4217 gives its minor unit', () => {
    expect(['EUR', 'USD', 'JPY', 'KRW', 'KWD', 'BHD', 'CLF'].map(minorDigitsOf)).toEqual([
      2, 2, 0, 0, 3, 3, 4,
    ]);
  });

  it('writes cents, yen and fils as the amounts they are', () => {
    expect(majorUnitsText(amount(123405, 'EUR'))).toBe('1234.05');
    expect(majorUnitsText(amount(-5, 'EUR'))).toBe('-0.05');
    expect(majorUnitsText(amount(1500, 'JPY'))).toBe('1500');
    expect(majorUnitsText(amount(-1500, 'JPY'))).toBe('-1500');
    expect(majorUnitsText(amount(1250, 'KWD'))).toBe('1.250');
    expect(majorUnitsText(amount(7, 'CLF'))).toBe('0.0007');
    expect(formatMoney(amount(1500, 'JPY'))).toBe('JPY 1500');
    expect(formatMoney(amount(12100, 'EUR'))).toBe('EUR 121.00');
  });

  it('reads back as the same number of minor units, in every currency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('EUR', 'JPY', 'KWD', 'CLF', 'XAU'),
        (minor, currency) => {
          const text = majorUnitsText(amount(minor, currency));
          const [whole = '', fraction = ''] = text.replace('-', '').split('.');
          expect(fraction.length).toBe(minorDigitsOf(currency));
          const back = Number(whole + fraction) * (text.startsWith('-') ? -1 : 1);
          expect(back).toBe(minor === 0 ? 0 : minor);
        },
      ),
    );
  });
});
