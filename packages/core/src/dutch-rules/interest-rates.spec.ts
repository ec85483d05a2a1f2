import { day } from '../shared/test-values.spec-helpers';
import {
  COMMERCIAL_INTEREST_RATES,
  CONSUMER_INTEREST_RATES,
  InterestRate,
  nextRateChangeAfter,
  rateOn,
} from './interest-rates';

const tables: readonly [string, readonly InterestRate[]][] = [
  ['consumer (6:119)', CONSUMER_INTEREST_RATES],
  ['commercial (6:119a)', COMMERCIAL_INTEREST_RATES],
];

describe('Statutory interest rate tables', () => {
  it.each(tables)('%s are in strict date order with positive rates', (_name, rates) => {
    rates.forEach((entry, i) => {
      const previous = rates[i - 1];
      if (previous !== undefined) expect(entry.from > previous.from).toBe(true);
      expect(entry.ratePercent).toBeGreaterThan(0);
    });
  });

  it.each(tables)('%s change only on 1 January, 1 July or a statutory date', (_name, rates) => {
    const statutoryDates = ['2002-12-01', '2003-08-01', '2004-02-01', '2013-03-16'];
    rates.forEach(({ from }) => {
      const dayOfYear = from.slice(5);
      expect(dayOfYear === '01-01' || dayOfYear === '07-01' || statutoryDates.includes(from)).toBe(
        true,
      );
    });
  });

  it.each([
    ['2002-06-01', 7],
    ['2003-09-01', 5],
    ['2006-06-30', 4],
    ['2008-01-01', 6],
    ['2011-07-01', 4],
    ['2014-12-31', 3],
    ['2020-06-15', 2],
    ['2023-03-01', 4],
    ['2023-07-01', 6],
    ['2024-12-31', 7],
    ['2025-09-01', 6],
    ['2026-03-01', 4],
  ])('consumer rate on %s is %d%%', (date, rate) => {
    expect(rateOn(CONSUMER_INTEREST_RATES, day(date))).toBe(rate);
  });

  it.each([
    ['2002-11-30', 7],
    ['2002-12-01', 10.35],
    ['2004-03-01', 9.02],
    ['2008-03-01', 11.2],
    ['2011-09-01', 8.25],
    ['2013-03-15', 7.75],
    ['2013-03-16', 8.75],
    ['2015-09-01', 8.05],
    ['2019-01-01', 8],
    ['2023-01-01', 10.5],
    ['2024-01-01', 12.5],
    ['2024-07-01', 12.25],
    ['2025-01-01', 11.15],
    ['2025-07-01', 10.15],
    ['2026-06-30', 10.15],
  ])('commercial rate on %s is %d%%', (date, rate) => {
    expect(rateOn(COMMERCIAL_INTEREST_RATES, day(date))).toBe(rate);
  });

  it('takes the first rate before the table starts and names the next change', () => {
    expect(rateOn(CONSUMER_INTEREST_RATES, day('1999-01-01'))).toBe(7);
    expect(nextRateChangeAfter(COMMERCIAL_INTEREST_RATES, day('2013-03-01'))).toBe(
      day('2013-03-16'),
    );
    expect(nextRateChangeAfter(COMMERCIAL_INTEREST_RATES, day('2099-01-01'))).toBeNull();
  });
});
