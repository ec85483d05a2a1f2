/** The longest payment term or reminder offset Debiteur accepts: one year. */
export const MAX_DAY_COUNT = 365;

/**
 * A payment term or reminder offset is a whole number of days from 0 to 365: fractions
 * have no meaning for due dates, and anything beyond a year is a typing error, not a deal.
 */
export const isDayCount = (days: number): boolean =>
  Number.isInteger(days) && days >= 0 && days <= MAX_DAY_COUNT;
