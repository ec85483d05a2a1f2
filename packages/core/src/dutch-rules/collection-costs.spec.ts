import * as fc from 'fast-check';
import { eur, usd } from '../shared/test-values.spec-helpers';
import {
  b2bMinimumCompensation,
  statutoryCollectionCosts,
  STATUTORY_COSTS_MAXIMUM_CENTS,
  STATUTORY_COSTS_MINIMUM_CENTS,
} from './collection-costs';

const costsOf = (cents: number, vatPercent?: number): number | null =>
  statutoryCollectionCosts(
    eur(cents),
    vatPercent === undefined ? undefined : { ratePercent: vatPercent },
  )?.amount ?? null;

const anyPrincipal = fc.integer({ min: 1, max: 500_000_000 });

describe('Statutory collection costs (WIK staffel)', () => {
  it.each([
    ['€1,000 (issue example)', 100_000, 15_000],
    ['€3,000 (issue example)', 300_000, 42_500],
    ['€10,000 (issue example)', 1_000_000, 87_500],
    ['€200, below the minimum', 20_000, 4_000],
    ['€0.01, the minimum', 1, 4_000],
    ['€266.67, 15% rounds to the minimum', 26_667, 4_000],
    ['€267, just above the minimum', 26_700, 4_005],
    ['€1,234.56, rounded to the cent', 123_456, 18_518],
    ['€2,500, the end of the first band', 250_000, 37_500],
    ['€5,000, the end of the second band', 500_000, 62_500],
    ['€200,000, the end of the fourth band', 20_000_000, 277_500],
    ['€500,000, in the last band', 50_000_000, 427_500],
    ['€1,000,000, where the maximum is reached', 100_000_000, 677_500],
    ['€5,000,000, capped at the maximum', 500_000_000, 677_500],
  ])('on %s are %i cents', (_label, principal, expected) => {
    expect(costsOf(principal)).toBe(expected);
  });

  it.each([
    ['€1,000 at 21%', 100_000, 21, 18_150],
    ['€200 at 21% (the minimum plus VAT)', 20_000, 21, 4_840],
    ['€5,000,000 at 21% (the maximum plus VAT)', 500_000_000, 21, 819_775],
    ['€3,000 at 9%', 300_000, 9, 46_325],
  ])('with VAT the creditor cannot deduct, on %s are %i cents', (_l, principal, vat, expected) => {
    expect(costsOf(principal, vat)).toBe(expected);
  });

  it('are null for another currency, a zero and a negative principal', () => {
    expect(statutoryCollectionCosts(usd(100_000))).toBeNull();
    expect(statutoryCollectionCosts(eur(0))).toBeNull();
    expect(statutoryCollectionCosts(eur(-100))).toBeNull();
  });

  it('never fall below €40 nor rise above €6,775', () => {
    fc.assert(
      fc.property(anyPrincipal, (principal) => {
        const costs = costsOf(principal) ?? -1;
        return costs >= STATUTORY_COSTS_MINIMUM_CENTS && costs <= STATUTORY_COSTS_MAXIMUM_CENTS;
      }),
    );
  });

  it('grow with the principal (monotone)', () => {
    fc.assert(
      fc.property(anyPrincipal, anyPrincipal, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return (costsOf(low) ?? 0) <= (costsOf(high) ?? 0);
      }),
    );
  });

  it('with VAT are the costs plus the VAT on them, capped at €6,775 plus VAT', () => {
    fc.assert(
      fc.property(anyPrincipal, fc.integer({ min: 1, max: 30 }), (principal, vat) => {
        const costs = costsOf(principal) ?? 0;
        const withVat = costsOf(principal, vat) ?? 0;
        const cap =
          STATUTORY_COSTS_MAXIMUM_CENTS + Math.round((STATUTORY_COSTS_MAXIMUM_CENTS * vat) / 100);
        return withVat === costs + Math.round((costs * vat) / 100) && withVat <= cap;
      }),
    );
  });
});

describe('B2B minimum compensation', () => {
  it('is €40 in euros and nothing in another currency', () => {
    expect(b2bMinimumCompensation(eur(1).currency)).toEqual(eur(4_000));
    expect(b2bMinimumCompensation(usd(1).currency)).toBeNull();
  });
});
