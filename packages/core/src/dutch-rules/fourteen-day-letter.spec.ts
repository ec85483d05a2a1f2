import * as fc from 'fast-check';
import { DUTCH_BUSINESS_CALENDAR, isBusinessDay } from '../shared/business-calendar';
import { addDays, dateFromParts, daysBetween, weekday } from '../shared/calendar-date';
import { day, eur, usd } from '../shared/test-values.spec-helpers';
import { ALGEMENE_TERMIJNENWET_CALENDAR } from './atw-calendar';
import { statutoryCollectionCosts } from './collection-costs';
import {
  fourteenDayLetterDeadline,
  fourteenDayLetterProblem,
  isValidFourteenDayLetter,
  presumedReceipt,
} from './fourteen-day-letter';

const anyDate = fc
  .integer({ min: 0, max: 365 * 40 })
  .map((n) => addDays(dateFromParts(2010, 1, 1), n));

describe('The 14-day letter', () => {
  describe('presumed receipt and deadline', () => {
    it.each([
      ['a Wednesday: delivered Friday', '2026-11-18', '2026-11-20', '2026-12-04'],
      [
        'a Thursday: delivered Saturday, ends Saturday, moved to Monday',
        '2026-11-19',
        '2026-11-21',
        '2026-12-07',
      ],
      ['a Friday: Sunday and Monday skipped', '2026-11-20', '2026-11-24', '2026-12-08'],
      ['a Saturday', '2026-11-21', '2026-11-25', '2026-12-09'],
      [
        'before Christmas: both Christmas days, Sunday and Monday skipped',
        '2026-12-23',
        '2026-12-29',
        '2027-01-12',
      ],
      ['before Ascension Day: the holiday skipped', '2026-05-12', '2026-05-15', '2026-05-29'],
      [
        'so that it ends on 5 May of a non-lustrum year: moved to 6 May',
        '2026-04-17',
        '2026-04-21',
        '2026-05-06',
      ],
      [
        'so that it ends on Good Friday: no Atw holiday, it stays',
        '2026-03-18',
        '2026-03-20',
        '2026-04-03',
      ],
    ])('sent on %s', (_label, sentOn, receipt, deadline) => {
      expect(fourteenDayLetterDeadline(day(sentOn))).toEqual({
        presumedReceipt: day(receipt),
        deadline: day(deadline),
      });
    });

    it('keeps the Atw days when a tenant calendar lacks them (5 May outside lustrum years)', () => {
      expect(fourteenDayLetterDeadline(day('2026-04-17'), DUTCH_BUSINESS_CALENDAR).deadline).toBe(
        day('2026-05-06'),
      );
    });

    it('gets later, never earlier, with a tenant calendar closed on Good Friday', () => {
      expect(fourteenDayLetterDeadline(day('2026-03-18'), DUTCH_BUSINESS_CALENDAR).deadline).toBe(
        day('2026-04-07'),
      );
      fc.assert(
        fc.property(anyDate, (sentOn) => {
          const atw = fourteenDayLetterDeadline(sentOn).deadline;
          return fourteenDayLetterDeadline(sentOn, DUTCH_BUSINESS_CALENDAR).deadline >= atw;
        }),
      );
    });

    it('presumes receipt on a post day at least two days after sending', () => {
      fc.assert(
        fc.property(anyDate, (sentOn) => {
          const receipt = presumedReceipt(sentOn);
          return (
            daysBetween(sentOn, receipt) >= 2 && weekday(receipt) !== 7 && weekday(receipt) !== 1
          );
        }),
      );
    });

    it('ends on an Atw business day at least 14 days after receipt', () => {
      fc.assert(
        fc.property(anyDate, (sentOn) => {
          const { presumedReceipt: receipt, deadline } = fourteenDayLetterDeadline(sentOn);
          return (
            daysBetween(receipt, deadline) >= 14 &&
            daysBetween(sentOn, deadline) <= 30 &&
            isBusinessDay(deadline, ALGEMENE_TERMIJNENWET_CALENDAR)
          );
        }),
      );
    });
  });

  describe('validity', () => {
    const sentOn = day('2026-11-18');
    const statutory = statutoryCollectionCosts(eur(100_000));
    const letter = { sentOn, deadline: day('2026-12-04'), statedCosts: eur(15_000) };

    it('is valid with the statutory costs and the computed deadline', () => {
      expect(fourteenDayLetterProblem(letter, statutory)).toBeNull();
      expect(isValidFourteenDayLetter(letter, statutory)).toBe(true);
    });

    it('is valid with lower costs and a later deadline', () => {
      const generous = { ...letter, deadline: day('2026-12-10'), statedCosts: eur(10_000) };
      expect(isValidFourteenDayLetter(generous, statutory)).toBe(true);
    });

    it.each([
      [
        'a deadline one day early',
        { ...letter, deadline: day('2026-12-03') },
        'deadline-too-early',
      ],
      ['costs above the staffel', { ...letter, statedCosts: eur(15_001) }, 'costs-above-statutory'],
      ['costs in another currency', { ...letter, statedCosts: usd(100) }, 'costs-above-statutory'],
      ['no costs stated', { ...letter, statedCosts: null }, 'costs-not-stated'],
    ])('is invalid with %s', (_label, wrong, problem) => {
      expect(fourteenDayLetterProblem(wrong, statutory)).toBe(problem);
      expect(isValidFourteenDayLetter(wrong, statutory)).toBe(false);
    });

    it('is invalid when no costs can be due at all', () => {
      expect(fourteenDayLetterProblem(letter, null)).toBe('costs-above-statutory');
    });
  });
});
