import { ascending, percentileOfSorted } from './report-statistics';

/**
 * How reliably a debtor pays:
 * - `A` pays on time: at least `onTimeRatioForA` of the paid invoices were paid by their due date;
 * - `B` reliably late but pays: neither A nor C (story 4's debtor, paying 17–19 days after a
 *   14-day term, is B);
 * - `C` erratic or hard work: more promises broken than kept, on average at least
 *   `demandLettersPerPaidInvoiceForC` demand letters (demand or final notice) per paid invoice,
 *   or days late spread widely (90th percentile minus median above `erraticSpreadDays`);
 * - `D` defaulting: an invoice is handed over or written off, or an open item is more than
 *   `longOverdueDays` past due;
 * - `unrated`: not D, and fewer than `minPaidInvoices` paid invoices to judge by.
 * The first that applies in the order D, unrated, C, A, B wins.
 */
export type PayerRating = 'A' | 'B' | 'C' | 'D' | 'unrated';

export interface RatingRules {
  readonly minPaidInvoices: number;
  readonly onTimeRatioForA: number;
  readonly demandLettersPerPaidInvoiceForC: number;
  readonly erraticSpreadDays: number;
  readonly longOverdueDays: number;
}

export const DEFAULT_RATING_RULES: RatingRules = {
  minPaidInvoices: 3,
  onTimeRatioForA: 0.8,
  demandLettersPerPaidInvoiceForC: 0.5,
  erraticSpreadDays: 21,
  longOverdueDays: 90,
};

/** What a rating is judged on; the days late are those of the paid invoices. */
export interface RatingFacts {
  readonly defaulting: boolean;
  readonly paidInvoices: number;
  readonly daysLate: readonly number[];
  readonly onTimeRatio: number | null;
  readonly promisesKept: number;
  readonly promisesBroken: number;
  readonly demandLetters: number;
}

const isErratic = (daysLate: readonly number[], rules: RatingRules): boolean => {
  const sorted = ascending(daysLate);
  const median = percentileOfSorted(sorted, 50);
  const p90 = percentileOfSorted(sorted, 90);
  return median !== null && p90 !== null && p90 - median > rules.erraticSpreadDays;
};

/** Rates a payer by the rules documented on `PayerRating`. */
export const ratePayer = (
  facts: RatingFacts,
  rules: RatingRules = DEFAULT_RATING_RULES,
): PayerRating => {
  if (facts.defaulting) return 'D';
  if (facts.paidInvoices < rules.minPaidInvoices || facts.paidInvoices === 0) return 'unrated';
  const hardWork =
    facts.promisesBroken > facts.promisesKept ||
    facts.demandLetters / facts.paidInvoices >= rules.demandLettersPerPaidInvoiceForC ||
    isErratic(facts.daysLate, rules);
  if (hardWork) return 'C';
  return (facts.onTimeRatio ?? 0) >= rules.onTimeRatioForA ? 'A' : 'B';
};
