import { CalendarDate, dateFromParts } from '../shared/calendar-date';

/** A statutory interest rate, in force from `from` until the next entry of its table. */
export interface InterestRate {
  readonly from: CalendarDate;
  /** Percent per year, e.g. 12.25. */
  readonly ratePercent: number;
}

const since = (iso: string, ratePercent: number): InterestRate => {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return { from: dateFromParts(year, month, day), ratePercent };
};

/**
 * The statutory interest rate of art. 6:119 BW (non-commercial transactions, i.e. claims on
 * consumers), as set by the Besluit vaststelling wettelijke rente under art. 6:120 lid 2 BW;
 * it changes on 1 January or 1 July when the ECB's main refinancing rate + 2.25 points,
 * rounded to whole percents, moves enough. In date order; a new period is one line at the end.
 * Sources and the state of verification of each line: docs/dutch-rules.md.
 */
export const CONSUMER_INTEREST_RATES: readonly InterestRate[] = [
  since('2002-01-01', 7),
  since('2003-08-01', 5),
  since('2004-02-01', 4),
  since('2007-01-01', 6),
  since('2009-07-01', 4),
  since('2010-01-01', 3),
  since('2011-07-01', 4),
  since('2012-07-01', 3),
  since('2015-01-01', 2),
  since('2023-01-01', 4),
  since('2023-07-01', 6),
  since('2024-01-01', 7),
  since('2025-01-01', 6),
  since('2026-01-01', 4),
];

/**
 * The statutory commercial interest rate of art. 6:119a BW (transactions between businesses
 * or with public bodies): the ECB's main refinancing rate on 1 January / 1 July plus 7 points,
 * plus 8 points since 16 March 2013 (Directive 2011/7/EU). Before 1 December 2002 the general
 * rate of art. 6:119 applied. In date order; a new period is one line at the end. Sources and
 * the state of verification of each line: docs/dutch-rules.md.
 */
export const COMMERCIAL_INTEREST_RATES: readonly InterestRate[] = [
  since('2002-01-01', 7),
  since('2002-12-01', 10.35),
  since('2003-01-01', 9.85),
  since('2003-07-01', 9.1),
  since('2004-01-01', 9.02),
  since('2004-07-01', 9.01),
  since('2005-01-01', 9.09),
  since('2005-07-01', 9.05),
  since('2006-01-01', 9.25),
  since('2006-07-01', 9.83),
  since('2007-01-01', 10.58),
  since('2007-07-01', 11.07),
  since('2008-01-01', 11.2),
  since('2008-07-01', 11.07),
  since('2009-01-01', 9.5),
  since('2009-07-01', 8),
  since('2011-07-01', 8.25),
  since('2012-01-01', 8),
  since('2013-01-01', 7.75),
  since('2013-03-16', 8.75),
  since('2013-07-01', 8.5),
  since('2014-01-01', 8.25),
  since('2014-07-01', 8.15),
  since('2015-01-01', 8.05),
  since('2016-07-01', 8),
  since('2023-01-01', 10.5),
  since('2023-07-01', 12),
  since('2024-01-01', 12.5),
  since('2024-07-01', 12.25),
  since('2025-01-01', 11.15),
  since('2025-07-01', 10.15),
];

export type InterestKind = 'consumer' | 'commercial';

/** The table of a kind of statutory interest. */
export const interestRatesFor = (kind: InterestKind): readonly InterestRate[] =>
  kind === 'consumer' ? CONSUMER_INTEREST_RATES : COMMERCIAL_INTEREST_RATES;

/**
 * The rate in force on `date`: the last entry from on or before it. A date before the first
 * entry (before 2002) takes the first entry's rate: the tables start in 2002.
 */
export const rateOn = (rates: readonly InterestRate[], date: CalendarDate): number => {
  let rate = rates[0]?.ratePercent ?? 0;
  for (const entry of rates) {
    if (entry.from > date) break;
    rate = entry.ratePercent;
  }
  return rate;
};

/** The first rate change strictly after `date`, or null when the table has none. */
export const nextRateChangeAfter = (
  rates: readonly InterestRate[],
  date: CalendarDate,
): CalendarDate | null => rates.find((entry) => entry.from > date)?.from ?? null;
