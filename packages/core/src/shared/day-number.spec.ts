import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays, CalendarDate, daysBetween, weekday } from './calendar-date';
import { Instant } from './instant';
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
