import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import {
  addBusinessDays,
  DUTCH_BUSINESS_CALENDAR,
  dutchBusinessCalendar,
  dutchHolidays,
  DutchHolidayName,
  easterSunday,
  isBusinessDay,
  LiberationDayRule,
  nextBusinessDayOnOrAfter,
} from './business-calendar';
import {
  addDays,
  CalendarDate,
  calendarDate,
  dateFromParts,
  daysBetween,
  weekday,
} from './calendar-date';

const date = (iso: string): CalendarDate =>
  pipe(
    calendarDate(iso),
    E.getOrElseW(() => {
      throw new Error(`bad test date ${iso}`);
    }),
  );

const holidayOn = (year: number, name: DutchHolidayName): CalendarDate | undefined =>
  dutchHolidays(year).find((h) => h.name === name)?.date;

const anyDate = fc
  .date({
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2100, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => dateFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));

const anyOptions = fc.record({
  goodFriday: fc.boolean(),
  liberationDay: fc.constantFrom<LiberationDayRule>('every-year', 'lustrum-years', 'never'),
});

describe('Business calendar', () => {
  describe('Easter', () => {
    it.each([
      [2000, '2000-04-23'],
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
      [2285, '2285-03-22'],
    ])('falls in %i on %s', (year, expected) => {
      expect(easterSunday(year)).toBe(expected);
    });

    it('is always a Sunday between 22 March and 25 April', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
          const easter = easterSunday(year);
          expect(weekday(easter)).toBe(7);
          expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        }),
      );
    });
  });

  describe('Dutch holidays', () => {
    it('lists the days of 2026', () => {
      expect(dutchHolidays(2026)).toEqual([
        { name: 'nieuwjaarsdag', date: '2026-01-01' },
        { name: 'goede-vrijdag', date: '2026-04-03' },
        { name: 'eerste-paasdag', date: '2026-04-05' },
        { name: 'tweede-paasdag', date: '2026-04-06' },
        { name: 'koningsdag', date: '2026-04-27' },
        { name: 'hemelvaartsdag', date: '2026-05-14' },
        { name: 'eerste-pinksterdag', date: '2026-05-24' },
        { name: 'tweede-pinksterdag', date: '2026-05-25' },
        { name: 'eerste-kerstdag', date: '2026-12-25' },
        { name: 'tweede-kerstdag', date: '2026-12-26' },
      ]);
    });

    it.each([
      [2024, '2024-04-27'],
      [2025, '2025-04-26'],
      [2031, '2031-04-26'],
      [2036, '2036-04-26'],
    ])('keeps Koningsdag %i off Sundays: %s', (year, expected) => {
      expect(holidayOn(year, 'koningsdag')).toBe(expected);
    });

    it('celebrates Koninginnedag on 30 April before 2014, the Saturday before when on a Sunday', () => {
      expect(holidayOn(2013, 'koninginnedag')).toBe('2013-04-30');
      expect(holidayOn(2006, 'koninginnedag')).toBe('2006-04-29');
      expect(holidayOn(2013, 'koningsdag')).toBeUndefined();
    });

    it.each([
      [2024, 'hemelvaartsdag', '2024-05-09'],
      [2025, 'hemelvaartsdag', '2025-05-29'],
      [2025, 'eerste-pinksterdag', '2025-06-08'],
      [2025, 'tweede-pinksterdag', '2025-06-09'],
      [2025, 'goede-vrijdag', '2025-04-18'],
    ] as const)('places %i %s on %s', (year, name, expected) => {
      expect(holidayOn(year, name)).toBe(expected);
    });

    it('gives Bevrijdingsdag off in lustrum years only, by default', () => {
      expect(holidayOn(2025, 'bevrijdingsdag')).toBe('2025-05-05');
      expect(holidayOn(2030, 'bevrijdingsdag')).toBe('2030-05-05');
      expect(holidayOn(2026, 'bevrijdingsdag')).toBeUndefined();
    });

    it('gives Bevrijdingsdag off every year or never, when asked', () => {
      const names = (year: number, liberationDay: LiberationDayRule) =>
        dutchHolidays(year, { liberationDay }).map((h) => h.name);
      expect(names(2026, 'every-year')).toContain('bevrijdingsdag');
      expect(names(2025, 'never')).not.toContain('bevrijdingsdag');
    });

    it('leaves Goede Vrijdag a business day when the option excludes it', () => {
      const calendar = dutchBusinessCalendar({ goodFriday: false });
      expect(isBusinessDay(date('2026-04-03'), calendar)).toBe(true);
      expect(isBusinessDay(date('2026-04-03'), DUTCH_BUSINESS_CALENDAR)).toBe(false);
    });
  });

  describe('business days', () => {
    it.each([
      ['2026-03-02', true], // Monday
      ['2026-03-07', false], // Saturday
      ['2026-03-08', false], // Sunday
      ['2026-04-27', false], // Koningsdag
      ['2025-12-25', false],
      ['2025-12-29', true],
    ])('%s is a business day: %s', (iso, expected) => {
      expect(isBusinessDay(date(iso), DUTCH_BUSINESS_CALENDAR)).toBe(expected);
    });

    it.each([
      ['2026-03-07', '2026-03-09'], // Saturday → Monday
      ['2026-03-09', '2026-03-09'],
      ['2026-04-03', '2026-04-07'], // Goede Vrijdag → Tuesday after Easter
      ['2025-04-26', '2025-04-28'], // Koningsdag on Saturday → Monday
      ['2025-12-25', '2025-12-29'], // Christmas on Thursday → Monday
    ])('moves %s forward to %s', (iso, expected) => {
      expect(nextBusinessDayOnOrAfter(date(iso), DUTCH_BUSINESS_CALENDAR)).toBe(expected);
    });

    it.each([
      ['2026-03-06', 1, '2026-03-09'], // Friday + 1 → Monday
      ['2026-03-07', 1, '2026-03-09'], // Saturday + 1 → Monday
      ['2026-04-02', 2, '2026-04-08'], // over Easter
      ['2026-03-09', 0, '2026-03-09'],
      ['2026-03-08', 0, '2026-03-09'],
      ['2026-03-09', -1, '2026-03-06'],
      ['2026-04-07', -1, '2026-04-02'],
      ['2026-03-02', 10, '2026-03-16'],
    ])('%s plus %i business days is %s', (iso, n, expected) => {
      expect(addBusinessDays(date(iso), n, DUTCH_BUSINESS_CALENDAR)).toBe(expected);
    });

    it('moves any date to a business day no earlier and at most four days later', () => {
      fc.assert(
        fc.property(anyDate, anyOptions, (day, options) => {
          const calendar = dutchBusinessCalendar(options);
          const next = nextBusinessDayOnOrAfter(day, calendar);
          expect(isBusinessDay(next, calendar)).toBe(true);
          expect(next >= day).toBe(true);
          expect(daysBetween(day, next)).toBeLessThanOrEqual(4);
          for (let d = day; d < next; d = addDays(d, 1)) {
            expect(isBusinessDay(d, calendar)).toBe(false);
          }
        }),
      );
    });

    const businessDaysIn = (from: CalendarDate, to: CalendarDate): number => {
      let count = 0;
      for (let d = from; d <= to; d = addDays(d, 1)) {
        if (isBusinessDay(d, DUTCH_BUSINESS_CALENDAR)) count += 1;
      }
      return count;
    };

    it('lands n business days after the date, counting the days in between', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 30 }), (day, n) => {
          const moved = addBusinessDays(day, n, DUTCH_BUSINESS_CALENDAR);
          expect(isBusinessDay(moved, DUTCH_BUSINESS_CALENDAR)).toBe(true);
          expect(businessDaysIn(addDays(day, 1), moved)).toBe(n);
        }),
      );
    });

    it('lands n business days before the date, counting the days in between', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 30 }), (day, n) => {
          const moved = addBusinessDays(day, -n, DUTCH_BUSINESS_CALENDAR);
          expect(isBusinessDay(moved, DUTCH_BUSINESS_CALENDAR)).toBe(true);
          expect(businessDaysIn(moved, addDays(day, -1))).toBe(n);
        }),
      );
    });
  });
});
