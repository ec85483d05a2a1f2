import { money, Money } from '@debiteur/core';
import * as E from 'fp-ts/Either';

/** Cents: the statutory scale is in euros, the core counts in minor units. */
const EUR = (euros: number): number => euros * 100;

/** The scale of the Dutch decree on extrajudicial collection costs (Besluit BIK, "WIK-staffel"). */
const SCALE: readonly { readonly upTo: number; readonly rate: number }[] = [
  { upTo: EUR(2_500), rate: 0.15 },
  { upTo: EUR(5_000), rate: 0.1 },
  { upTo: EUR(10_000), rate: 0.05 },
  { upTo: EUR(200_000), rate: 0.01 },
  { upTo: Number.POSITIVE_INFINITY, rate: 0.005 },
];
const MINIMUM = EUR(40);
const MAXIMUM = EUR(6_775);

/**
 * The most a creditor may charge a consumer in collection costs on an outstanding principal,
 * by the statutory scale (15% of the first €2,500, 10% of the next €2,500, 5% of the next
 * €5,000, 1% of the next €190,000, 0.5% above; at least €40, at most €6,775, before VAT).
 * The final notice (14-dagenbrief) must name this amount. Null for other currencies.
 */
export const statutoryCollectionCosts = (outstanding: Money): Money | null => {
  if (outstanding.currency !== 'EUR' || outstanding.amount <= 0) return null;
  let rest: number = outstanding.amount;
  let floor = 0;
  let costs = 0;
  for (const band of SCALE) {
    const inBand = Math.min(rest, band.upTo - floor);
    if (inBand <= 0) break;
    costs += inBand * band.rate;
    rest -= inBand;
    floor = band.upTo;
  }
  const bounded = Math.min(MAXIMUM, Math.max(MINIMUM, Math.round(costs)));
  const costsMoney = money(bounded, outstanding.currency);
  return E.isRight(costsMoney) ? costsMoney.right : null;
};
