import { instantOf } from '../shared/test-values.spec-helpers';
import { DEFAULT_OFFICE_HOURS, officeClosedAt, officeHours } from './office-hours';
import * as E from 'fp-ts/Either';

describe('Office hours', () => {
  describe('by default 08:00 to 18:00 Amsterdam time on Dutch business days', () => {
    it.each([
      ['2026-03-02T08:00:00+01:00', null],
      ['2026-03-02T17:59:00+01:00', null],
      ['2026-03-02T07:59:00+01:00', 'before-hours'],
      ['2026-03-02T18:00:00+01:00', 'after-hours'],
      // 08:30 in Amsterdam is 07:30 UTC: the offset of the instant does not matter.
      ['2026-03-02T07:30:00Z', null],
      // Summer time: 07:30 UTC is 09:30 in Amsterdam, 16:30 UTC is 18:30.
      ['2026-06-01T16:30:00Z', 'after-hours'],
      ['2026-03-07T10:00:00+01:00', 'non-business-day'],
      ['2026-04-06T10:00:00+02:00', 'non-business-day'],
      ['2026-12-25T10:00:00+01:00', 'non-business-day'],
    ] as const)('at %s: %s', (at, closed) => {
      expect(officeClosedAt(instantOf(at))).toBe(closed);
    });
  });

  it('follows configured hours', () => {
    const early = { start: '06:30', end: '09:00' };
    expect(officeClosedAt(instantOf('2026-03-02T06:30:00+01:00'), early)).toBeNull();
    expect(officeClosedAt(instantOf('2026-03-02T09:00:00+01:00'), early)).toBe('after-hours');
  });

  it('refuses hours that are not HH:mm or end before they start', () => {
    expect(officeHours('08:00', '18:00')).toEqual(E.right(DEFAULT_OFFICE_HOURS));
    for (const [start, end] of [
      ['8:00', '18:00'],
      ['08:00', '24:00'],
      ['18:00', '08:00'],
      ['09:00', '09:00'],
    ] as const) {
      expect(officeHours(start, end)).toEqual(E.left({ _tag: 'InvalidOfficeHours', start, end }));
    }
  });
});
