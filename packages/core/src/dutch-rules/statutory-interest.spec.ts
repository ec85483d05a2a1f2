import * as fc from 'fast-check';
import { addDays, CalendarDate, dateFromParts, daysBetween } from '../shared/calendar-date';
import { day, eur } from '../shared/test-values.spec-helpers';
import { InterestKind } from './interest-rates';
import { addYears, interestStartDate, statutoryInterest } from './statutory-interest';

const interestOf = (cents: number, kind: InterestKind, from: string, until: string) =>
  statutoryInterest({ principal: eur(cents), kind, from: day(from), until: day(until) });

const summary = (result: ReturnType<typeof statutoryInterest>) =>
  result.periods.map((p) => [
    p.from,
    p.until,
    p.days,
    p.ratePercent,
    p.base.amount,
    p.interest.amount,
  ]);

const anyDate = fc
  .integer({ min: 0, max: 365 * 24 })
  .map((n) => addDays(dateFromParts(2002, 1, 1), n));
const anyKind = fc.constantFrom<InterestKind>('consumer', 'commercial');
const anyPrincipal = fc.integer({ min: 1, max: 10_000_000_000 });

describe('Statutory interest', () => {
  it('splits a commercial year at the rate change of 1 July', () => {
    const result = interestOf(100_000, 'commercial', '2024-01-01', '2025-01-01');
    expect(summary(result)).toEqual([
      ['2024-01-01', '2024-07-01', 182, 12.5, 100_000, 6_233],
      ['2024-07-01', '2025-01-01', 184, 12.25, 100_000, 6_175],
    ]);
    expect(result.total).toEqual(eur(12_408));
  });

  it('adds a year’s interest to the base after each full year (art. 6:119 lid 2)', () => {
    const result = interestOf(100_000, 'commercial', '2024-01-01', '2025-02-01');
    expect(summary(result)[2]).toEqual(['2025-01-01', '2025-02-01', 31, 11.15, 112_408, 1_064]);
    expect(result.total).toEqual(eur(13_472));
  });

  it('splits consumer interest at the rise of 1 July 2023', () => {
    const result = interestOf(50_000, 'consumer', '2023-06-15', '2023-07-15');
    expect(summary(result)).toEqual([
      ['2023-06-15', '2023-07-01', 16, 4, 50_000, 88],
      ['2023-07-01', '2023-07-15', 14, 6, 50_000, 115],
    ]);
    expect(result.total).toEqual(eur(203));
  });

  it('follows the mid-period change of 16 March 2013', () => {
    const result = interestOf(1_000_000, 'commercial', '2013-03-01', '2013-04-01');
    expect(summary(result)).toEqual([
      ['2013-03-01', '2013-03-16', 15, 7.75, 1_000_000, 3_185],
      ['2013-03-16', '2013-04-01', 16, 8.75, 1_000_000, 3_836],
    ]);
  });

  it('counts a leap year as 365 days and compounds on the anniversary', () => {
    const result = interestOf(100_000, 'consumer', '2016-01-01', '2017-01-02');
    expect(summary(result)).toEqual([
      ['2016-01-01', '2017-01-01', 366, 2, 100_000, 2_005],
      ['2017-01-01', '2017-01-02', 1, 2, 102_005, 6],
    ]);
  });

  it.each([
    ['ends on the start day', '2024-01-01', '2024-01-01'],
    ['ends before the start day', '2024-01-01', '2023-12-01'],
  ])('is zero with no periods when it %s', (_label, from, until) => {
    const result = interestOf(100_000, 'commercial', from, until);
    expect(result).toEqual({ total: eur(0), periods: [] });
  });

  it('is zero on a principal of nothing', () => {
    expect(interestOf(0, 'consumer', '2024-01-01', '2025-01-01').total).toEqual(eur(0));
  });

  it('is zero up to the start day, whatever the claim', () => {
    fc.assert(
      fc.property(anyPrincipal, anyKind, anyDate, fc.nat(400), (cents, kind, from, back) => {
        const until = addDays(from, -back);
        return statutoryInterest({ principal: eur(cents), kind, from, until }).total.amount === 0;
      }),
    );
  });

  it('never falls as the end day moves later (monotone in until)', () => {
    fc.assert(
      fc.property(
        anyPrincipal,
        anyKind,
        anyDate,
        fc.nat(3_000),
        fc.nat(400),
        (cents, kind, from, length, more) => {
          const until = addDays(from, length);
          const at = (end: CalendarDate) =>
            statutoryInterest({ principal: eur(cents), kind, from, until: end }).total.amount;
          return at(until) <= at(addDays(until, more));
        },
      ),
    );
  });

  it('has contiguous periods that cover the days and add up to the total', () => {
    fc.assert(
      fc.property(anyPrincipal, anyKind, anyDate, fc.nat(3_000), (cents, kind, from, length) => {
        const until = addDays(from, length);
        const { total, periods } = statutoryInterest({ principal: eur(cents), kind, from, until });
        const contiguous = periods.every((p, i) => p.from === (periods[i - 1]?.until ?? from));
        const days = periods.reduce((n, p) => n + p.days, 0);
        const sum = periods.reduce((n, p) => n + p.interest.amount, 0);
        return contiguous && days === Math.max(0, daysBetween(from, until)) && sum === total.amount;
      }),
    );
  });
});

describe('Interest start date', () => {
  it('is the day after the due date for a commercial claim, without notice', () => {
    expect(interestStartDate({ kind: 'commercial', dueDate: day('2026-03-31') })).toBe(
      day('2026-04-01'),
    );
  });

  it('is the day after the due date for a consumer when the due date was a fatal term', () => {
    const input = { kind: 'consumer', dueDate: day('2026-03-31'), fatalTerm: true } as const;
    expect(interestStartDate({ ...input, noticeOfDefaultDeadline: null })).toBe(day('2026-04-01'));
  });

  it('is the day after the notice of default’s last day for a consumer otherwise', () => {
    const input = { kind: 'consumer', dueDate: day('2026-03-31'), fatalTerm: false } as const;
    expect(interestStartDate({ ...input, noticeOfDefaultDeadline: day('2026-04-20') })).toBe(
      day('2026-04-21'),
    );
    expect(interestStartDate({ ...input, noticeOfDefaultDeadline: day('2026-03-01') })).toBe(
      day('2026-04-01'),
    );
  });

  it('is none for a consumer not yet in default', () => {
    expect(
      interestStartDate({
        kind: 'consumer',
        dueDate: day('2026-03-31'),
        fatalTerm: false,
        noticeOfDefaultDeadline: null,
      }),
    ).toBeNull();
  });
});

describe('addYears', () => {
  it.each([
    ['2024-01-15', 1, '2025-01-15'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ])('moves %s by %i years to %s', (from, years, expected) => {
    expect(addYears(day(from), years)).toBe(day(expected));
  });
});
