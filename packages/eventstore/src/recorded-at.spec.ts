import fc from 'fast-check';
import { instantInUtc, isInstantWithOffset, keptRecordedAt } from './recorded-at';
import { makeEvent } from './testing/make-event';

describe('An imported recordedAt', () => {
  it.each([
    '2021-05-04T10:00:00.123+02:00',
    '2021-05-04T10:00:00Z',
    '2024-02-29T23:59:59.9999996Z',
    '2021-05-04T10:00:00+14:00',
    '2021-05-04T10:00:00-12:00',
  ])('keeps %s', (text) => expect(isInstantWithOffset(text)).toBe(true));

  it.each([
    ['2021-05-04 10:00', 'no T and no offset'],
    ['2021-05-04T10:00:00', 'no offset'],
    ['2021-02-30T10:00:00Z', 'a day that does not exist'],
    ['2021-13-01T10:00:00Z', 'a month that does not exist'],
    ['2021-05-04T24:00:00Z', 'hour 24'],
    ['2021-05-04T10:60:00Z', 'minute 60'],
    ['2021-05-04T10:00:00+23:59', 'an offset beyond ±14:00'],
    ['2021-05-04T10:00:00+01:60', 'offset minutes of 60'],
    ['0000-01-01T00:00:00Z', 'year 0'],
    ['0001-01-01T00:30:00+01:00', 'year 0 once in UTC'],
    ['9999-12-31T23:59:59-01:00', 'year 10000 once in UTC'],
    ['+010000-01-01T00:00:00.000Z', 'a year of six digits'],
    ['2021-05-04T23:59:60Z', 'a leap second'],
    ['2021-02-29T10:00:00Z', '29 February of a common year'],
    ['1900-02-29T10:00:00Z', '29 February of a century that is no leap year'],
  ])('refuses %s (%s)', (text) => expect(isInstantWithOffset(text)).toBe(false));

  it('is written in UTC to the millisecond, as the stores write their own', () => {
    const event = { ...makeEvent(), originallyRecordedAt: '2021-05-04T10:00:00.1239+02:00' };
    expect(keptRecordedAt(event)).toBe('2021-05-04T08:00:00.123Z');
    expect(keptRecordedAt(makeEvent())).toBeUndefined();
  });

  it.each([
    ['2021-05-04T10:00:00.123+02:00', '2021-05-04T08:00:00.123Z'],
    ['2021-05-04T10:00:00Z', '2021-05-04T10:00:00.000Z'],
    ['2021-05-04T10:00:00.5-00:00', '2021-05-04T10:00:00.500Z'],
    ['2000-02-29T23:30:00-12:00', '2000-03-01T11:30:00.000Z'],
    ['0001-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('reads %s in UTC as %s', (text, utc) => expect(instantInUtc(text)).toBe(utc));

  it('gives the instant Date gives, for any instant the stores keep and any offset in use', () => {
    const instants = fc.integer({
      min: -62_135_596_800_000 + 14 * 3_600_000,
      max: 253_402_300_799_999 - 14 * 3_600_000,
    });
    const offsets = fc.integer({ min: -12 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instants, offsets, (millis, offset) => {
        const local = new Date(millis + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
        const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
        const text = `${local}${sign}${hours}:${minutes}`;
        expect(instantInUtc(text)).toBe(new Date(millis).toISOString());
        expect(instantInUtc(new Date(millis).toISOString())).toBe(new Date(millis).toISOString());
      }),
      { numRuns: 2_000 },
    );
  });
});
