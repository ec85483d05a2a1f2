import { Currency, Money } from '../shared/money';
import { divideRoundHalfUp, minorUnits } from './money-of';

/** Cents in a euro: the decree's amounts are in euros, the core counts in minor units. */
const EURO = 100;

/**
 * The bands of art. 2 lid 1 Besluit vergoeding voor buitengerechtelijke incassokosten, as
 * the width of each band in cents and its rate in parts per 2,000 (so 0.5% stays whole).
 */
const BANDS: readonly { readonly width: number; readonly per2000: bigint }[] = [
  { width: 2_500 * EURO, per2000: 300n }, // 15% of the first €2,500
  { width: 2_500 * EURO, per2000: 200n }, // 10% of the next €2,500
  { width: 5_000 * EURO, per2000: 100n }, // 5% of the next €5,000
  { width: 190_000 * EURO, per2000: 20n }, // 1% of the next €190,000
  { width: Number.POSITIVE_INFINITY, per2000: 10n }, // 0.5% of the rest
];

/** Art. 2 lid 1 of the decree: never less than €40, never more than €6,775 (before VAT). */
export const STATUTORY_COSTS_MINIMUM_CENTS = 40 * EURO;
export const STATUTORY_COSTS_MAXIMUM_CENTS = 6_775 * EURO;

/** From €1,000,000 on the staffel gives the maximum; larger principals need no arithmetic. */
const CAPPED_FROM_CENTS = 1_000_000 * EURO;

/** The fixed compensation of art. 6:96 lid 4 BW in a commercial agreement, in cents. */
export const B2B_MINIMUM_COMPENSATION_CENTS = 40 * EURO;

export interface VatOnCosts {
  /** The VAT rate in percent, e.g. 21; give it only when the creditor cannot deduct the VAT. */
  readonly ratePercent: number;
}

const staffelCents = (principalCents: number): number => {
  let rest = Math.min(principalCents, CAPPED_FROM_CENTS);
  let numerator = 0n;
  for (const band of BANDS) {
    const inBand = Math.min(rest, band.width);
    if (inBand <= 0) break;
    numerator += BigInt(inBand) * band.per2000;
    rest -= inBand;
  }
  return divideRoundHalfUp(numerator, 2_000n);
};

const vatCents = (costsCents: number, vat: VatOnCosts | undefined): number =>
  vat === undefined || !(vat.ratePercent > 0)
    ? 0
    : Math.round((costsCents * Math.round(vat.ratePercent * 100)) / 10_000);

/**
 * The statutory extrajudicial collection costs on an unpaid principal (the "WIK-staffel",
 * art. 2 Besluit vergoeding voor buitengerechtelijke incassokosten, under art. 6:96 lid 5 BW):
 * 15% of the first €2,500, 10% of the next €2,500, 5% of the next €5,000, 1% of the next
 * €190,000 and 0.5% of the rest, at least €40 and at most €6,775, rounded to the cent. VAT
 * is added on top when given, i.e. when the creditor cannot deduct it (art. 3 of the decree).
 * For consumers this is the most that may be charged, and only after a valid 14-day letter;
 * between businesses it is the default unless other costs were agreed. Null for a currency
 * other than EUR (the decree is in euros) and for a principal of zero or less.
 */
export const statutoryCollectionCosts = (principal: Money, vat?: VatOnCosts): Money | null => {
  if (principal.currency !== 'EUR' || principal.amount <= 0) return null;
  const costs = Math.min(
    STATUTORY_COSTS_MAXIMUM_CENTS,
    Math.max(STATUTORY_COSTS_MINIMUM_CENTS, staffelCents(principal.amount)),
  );
  return minorUnits(costs + vatCents(costs, vat), principal.currency);
};

/**
 * The fixed €40 a business debtor owes once in default on a commercial agreement (art. 6:96
 * lid 4 BW, from Directive 2011/7/EU), without any letter first; the creditor may claim the
 * staffel instead when that is higher. Null for a currency other than EUR.
 */
export const b2bMinimumCompensation = (currency: Currency): Money | null =>
  currency === 'EUR' ? minorUnits(B2B_MINIMUM_COMPENSATION_CENTS, currency) : null;
