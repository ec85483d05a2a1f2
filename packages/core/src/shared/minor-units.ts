import type { Currency, Money } from './money';

/**
 * The ISO 4217 currencies whose minor unit is not a hundredth, with their number of
 * decimals (the list's exponent column): the yen has no minor unit, the Kuwaiti dinar has
 * fils, a thousandth. Funds and metals without a minor unit (XAU, XDR, …) count as two.
 */
const MINOR_DIGITS: ReadonlyMap<string, number> = new Map([
  ...['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI']
    .concat(['VND', 'VUV', 'XAF', 'XOF', 'XPF'])
    .map((code) => [code, 0] as const),
  ...['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'].map((code) => [code, 3] as const),
  ...['CLF', 'UYW'].map((code) => [code, 4] as const),
]);

/** How many decimals a currency's minor unit has: two, unless ISO 4217 says otherwise. */
export const minorDigitsOf = (currency: Currency | string): number =>
  MINOR_DIGITS.get(currency) ?? 2;

/**
 * An amount as decimal text in major units with a point and the currency's own decimals,
 * e.g. `-12.05` (EUR), `1234` (JPY), `1.250` (KWD): what a spreadsheet or a person reads.
 */
export const majorUnitsText = ({ amount, currency }: Money): string => {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const digits = minorDigitsOf(currency);
  if (digits === 2) return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  if (digits === 0) return `${sign}${abs}`;
  const unit = 10 ** digits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`;
};
