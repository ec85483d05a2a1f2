import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays, CalendarDate, daysBetween, weekday } from './calendar-date';
import { amsterdamOffsetMinutes } from './amsterdam-time';
import { businessDateOf, Instant, toMillis } from './instant';
import { civilDateOf, dayNumberOf, formatCivilDate, isCivilDate } from './day-number';

const luxonDate = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

/** Any real date from year 100 to 9000 (room for ±4,000 days either side), as luxon writes it. */
const realDate = fc
  .integer({
    min: dayNumberOf({ year: 100, month: 1, day: 1 }),
    max: dayNumberOf({ year: 9000, month: 12, day: 31 }),
  })
  .map((n) => DateTime.fromMillis(n * 86_400_000, { zone: 'utc' }).toISODate() ?? '');

describe('Day numbers', () => {
  it('count days from 1970-01-01 as luxon does, and come back to the same date', () => {
    fc.assert(
      fc.property(realDate, (iso) => {
        const civil = {
          year: luxonDate(iso).year,
          month: luxonDate(iso).month,
          day: luxonDate(iso).day,
        };
        const n = dayNumberOf(civil);
        expect(n).toBe(Math.round(luxonDate(iso).toMillis() / 86_400_000));
        expect(formatCivilDate(civilDateOf(n))).toBe(iso);
      }),
    );
  });

  it('give the calendar functions the answers luxon gives', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: -4000, max: 4000 }), realDate, (iso, days, other) => {
        const date = iso as CalendarDate;
        expect(addDays(date, days)).toBe(luxonDate(iso).plus({ days }).toISODate());
        expect(daysBetween(date, other as CalendarDate)).toBe(
          Math.round(luxonDate(other).diff(luxonDate(iso), 'days').days),
        );
        expect(weekday(date)).toBe(luxonDate(iso).weekday);
      }),
    );
  });

  it.each([
    [{ year: 2024, month: 2, day: 29 }, true],
    [{ year: 2026, month: 2, day: 29 }, false],
    [{ year: 1900, month: 2, day: 29 }, false],
    [{ year: 2000, month: 2, day: 29 }, true],
    [{ year: 2026, month: 4, day: 31 }, false],
    [{ year: 2026, month: 13, day: 1 }, false],
    [{ year: 2026, month: 0, day: 1 }, false],
    [{ year: 0, month: 1, day: 1 }, false],
  ])('know whether %o is a real date', (civil, real) => {
    expect(isCivilDate(civil)).toBe(real);
  });
});

describe('Instants', () => {
  const isoInstant = fc
    .tuple(
      fc.integer({ min: 0, max: 221_000_000_000_000 }),
      fc.integer({ min: -14 * 60, max: 14 * 60 }),
    )
    .map(
      ([ms, offset]) =>
        DateTime.fromMillis(ms, {
          zone: `UTC${offset >= 0 ? '+' : '-'}${Math.floor(Math.abs(offset) / 60)}:${String(Math.abs(offset) % 60).padStart(2, '0')}`,
        }).toISO() ?? '',
    );

  it('accept every instant luxon writes with an offset', () => {
    fc.assert(fc.property(isoInstant, (iso) => expect(Instant.is(iso)).toBe(true)));
  });

  it.each(['2026-03-01T09:00:00+01:00', '2026-03-01T09:00Z', '2026-03-01T09:00:00.123456+05:30'])(
    'accept %s',
    (iso) => {
      expect(Instant.is(iso)).toBe(true);
    },
  );

  it.each([
    '2026-02-30T09:00:00+01:00',
    '2026-03-01T24:00:00+01:00',
    '2026-03-01T09:60:00+01:00',
    '2026-03-01T09:00:61Z',
    '2026-03-01T09:00:00',
    '2026-03-01 09:00:00+01:00',
    '2026-03-01T09:00:00+01:60',
  ])('refuse %s', (iso) => {
    expect(Instant.is(iso)).toBe(false);
  });
});

describe('Instant arithmetic without a time-zone database', () => {
  // 1990 to 2100: before 1996 the functions hand over to luxon, after it they compute.
  const anyInstant = fc
    .tuple(
      fc.integer({ min: 631_152_000_000, max: 4_102_444_800_000 }),
      fc.integer({ min: -14 * 60, max: 14 * 60 }),
      fc.boolean(),
    )
    .map(([ms, offset, withMillis]) => {
      const zone = `UTC${offset >= 0 ? '+' : '-'}${Math.floor(Math.abs(offset) / 60)}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
      const written = DateTime.fromMillis(ms, { zone });
      return (withMillis ? written.toISO() : written.toISO({ suppressMilliseconds: true })) ?? '';
    }) as fc.Arbitrary<Instant>;

  /** The hours around the clock changes, where an off-by-one would show. */
  const nearClockChange = fc
    .tuple(
      fc.integer({ min: 1996, max: 2100 }),
      fc.constantFrom(3, 10),
      fc.integer({ min: -180, max: 180 }),
    )
    .map(([year, month, minutes]) => {
      const lastSunday = DateTime.utc(year, month, 1).endOf('month').startOf('day');
      const sunday = lastSunday.minus({ days: lastSunday.weekday % 7 });
      return sunday.plus({ hours: 1, minutes }).toISO() as Instant;
    });

  it('give the epoch milliseconds luxon gives', () => {
    fc.assert(
      fc.property(anyInstant, (i) =>
        expect(toMillis(i)).toBe(DateTime.fromISO(i, { setZone: true }).toMillis()),
      ),
    );
  });

  it('find the Amsterdam business date luxon finds, also around the clock changes', () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, nearClockChange), (i) =>
        expect(businessDateOf(i)).toBe(
          DateTime.fromISO(i, { zone: 'Europe/Amsterdam' }).toISODate(),
        ),
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['2026-03-29T00:59:59Z', 60],
    ['2026-03-29T01:00:00Z', 120],
    ['2026-10-25T00:59:59Z', 120],
    ['2026-10-25T01:00:00Z', 60],
  ])('know Amsterdam is %s at UTC+%i minutes', (iso, offset) =>
    expect(amsterdamOffsetMinutes(DateTime.fromISO(iso).toMillis())).toBe(offset),
  );

  it('hand years before the EU rule over to the tz database', () =>
    expect(amsterdamOffsetMinutes(DateTime.fromISO('1995-07-01T12:00:00Z').toMillis())).toBeNull());
});
