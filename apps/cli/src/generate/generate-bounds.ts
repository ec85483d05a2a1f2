/**
 * The largest portfolio `generate` writes, so a typo fails at once rather than after hours
 * or in an out-of-memory crash. The whole world is held in memory while it is played out: a
 * million invoices take about 2.5 GB and 3 minutes on the 2-core build machine.
 */
export const COUNT_BOUNDS = {
  '--tenants': { min: 1, max: 1_000 },
  '--debtors': { min: 1, max: 1_000_000 },
  '--invoices': { min: 1, max: 1_000_000 },
  /** The seeded generator keeps 32 bits: a larger seed would alias a smaller one. */
  '--seed': { min: 0, max: 4_294_967_295 },
  /** Ten years of issue dates. */
  '--days': { min: 1, max: 3_660 },
} as const;

/**
 * The first day of the period. The last one leaves room for ten years of issue dates, the
 * ladder and a year of statutory interest on a hand-over, all before 9999-12-31, beyond
 * which the calendar does not go.
 */
export const FROM_BOUNDS = { min: '1900-01-01', max: '9899-12-31' } as const;
