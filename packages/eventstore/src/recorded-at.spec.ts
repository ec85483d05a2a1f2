import { isInstantWithOffset, keptRecordedAt } from './recorded-at';
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
  ])('refuses %s (%s)', (text) => expect(isInstantWithOffset(text)).toBe(false));

  it('is written in UTC to the millisecond, as the stores write their own', () => {
    const event = { ...makeEvent(), originallyRecordedAt: '2021-05-04T10:00:00.1239+02:00' };
    expect(keptRecordedAt(event)).toBe('2021-05-04T08:00:00.123Z');
    expect(keptRecordedAt(makeEvent())).toBeUndefined();
  });
});
