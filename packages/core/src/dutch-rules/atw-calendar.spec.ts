import { DUTCH_BUSINESS_CALENDAR, isBusinessDay } from '../shared/business-calendar';
import { day } from '../shared/test-values.spec-helpers';
import { ALGEMENE_TERMIJNENWET_CALENDAR, atwTermEnd } from './atw-calendar';

describe('Algemene termijnenwet calendar', () => {
  it('closes exactly the art. 3 Atw days of 2026 on weekdays', () => {
    const closedWeekdays = ALGEMENE_TERMIJNENWET_CALENDAR.holidaysIn(2026)
      .map((h) => h.date)
      .filter((d) => isBusinessDay(d, { ...ALGEMENE_TERMIJNENWET_CALENDAR, holidaysIn: () => [] }));
    expect(closedWeekdays).toEqual([
      day('2026-01-01'), // Nieuwjaarsdag
      day('2026-04-06'), // tweede Paasdag
      day('2026-04-27'), // Koningsdag
      day('2026-05-05'), // 5 May, every year
      day('2026-05-14'), // Hemelvaartsdag
      day('2026-05-25'), // tweede Pinksterdag
      day('2026-12-25'), // eerste Kerstdag
    ]);
  });

  it('differs from the default business calendar on Good Friday and 5 May', () => {
    expect(isBusinessDay(day('2026-04-03'), ALGEMENE_TERMIJNENWET_CALENDAR)).toBe(true);
    expect(isBusinessDay(day('2026-04-03'), DUTCH_BUSINESS_CALENDAR)).toBe(false);
    expect(isBusinessDay(day('2026-05-05'), ALGEMENE_TERMIJNENWET_CALENDAR)).toBe(false);
    expect(isBusinessDay(day('2026-05-05'), DUTCH_BUSINESS_CALENDAR)).toBe(true);
  });

  it.each([
    ['a Tuesday stays', '2026-12-08', '2026-12-08'],
    ['a Saturday moves to Monday', '2026-12-05', '2026-12-07'],
    ['Christmas Day moves past the weekend', '2026-12-25', '2026-12-28'],
    ['Koningsdag on Saturday 2025-04-26 moves to Monday', '2025-04-26', '2025-04-28'],
  ])('ends a term on %s', (_label, lastDay, expected) => {
    expect(atwTermEnd(day(lastDay), ALGEMENE_TERMIJNENWET_CALENDAR)).toBe(day(expected));
  });
});
