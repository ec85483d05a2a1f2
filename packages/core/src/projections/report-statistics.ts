/** Report figures are rounded to two decimals: enough for days and ratios, stable in JSON. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The arithmetic mean, rounded to two decimals; null for no values. */
export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);

/**
 * The `p`-th percentile (0 < p ≤ 100) by the nearest-rank method: sort the n values
 * ascending and take the one at 1-based rank ⌈p/100 × n⌉. The answer is always an observed
 * value; the median (p = 50) of an even count is the lower of the two middle values. Null
 * for no values.
 */
export const percentile = (values: readonly number[], p: number): number | null =>
  percentileOfSorted(ascending(values), p);

/** The values in ascending numeric order, as a new array. */
export const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** `percentile` of values already in ascending order: several percentiles, one sort. */
export const percentileOfSorted = (sorted: readonly number[], p: number): number | null => {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
};

/** A share (0–1) to four decimals: a hundredth of a percent. */
export const round4 = (x: number): number => Math.round(x * 10000) / 10000;
