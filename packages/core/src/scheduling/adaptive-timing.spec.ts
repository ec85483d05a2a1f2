import * as fc from 'fast-check';
import { ReminderPolicy } from '../policy/policy.events';
import { daysBetween } from '../shared/calendar-date';
import {
  ADAPTIVE_MARGIN_DAYS,
  adaptiveFirstReminderOffset,
  ERRATIC_SPREAD_DAYS,
  isReliableLatePayer,
} from './adaptive-timing';
import { nextAction, NextActionInput } from './next-action';
import { SchedulingBehaviour } from './scheduling.inputs';
import { date, inputOn, openInvoice, POLICY, sent } from './scheduling.spec-helpers';

/** A behaviour summary as the projection would give it for these days-to-pay. */
const paidAfter = (...days: number[]): SchedulingBehaviour => {
  const sorted = [...days].sort((a, b) => a - b);
  const at = (index: number): number =>
    sorted[Math.max(0, Math.min(sorted.length - 1, index))] ?? 0;
  const n = sorted.length;
  return {
    paidInvoices: n,
    medianDaysToPay:
      n === 0 ? null : (at(Math.floor((n - 1) / 2)) + at(Math.ceil((n - 1) / 2))) / 2,
    p10DaysToPay: n === 0 ? null : at(Math.ceil(0.1 * n) - 1),
    p90DaysToPay: n === 0 ? null : at(Math.ceil(0.9 * n) - 1),
    meanDaysToPay: n === 0 ? null : days.reduce((s, d) => s + d, 0) / n,
    paidAfterDemand: 0,
  };
};

/** Story 4: he always pays 17–19 days after the invoice date. */
const SLOW_BUT_SURE = paidAfter(17, 18, 19, 18, 17, 19);
const ADAPTIVE: ReminderPolicy = { ...POLICY, adaptive: true };
const TERM = 14;

const story4 = (today: string, changes: Partial<NextActionInput> = {}) =>
  nextAction(inputOn(today, { policy: ADAPTIVE, behaviour: SLOW_BUT_SURE, ...changes }));

describe('Adaptive timing', () => {
  describe('for a reliable but late payer (story 4)', () => {
    it('recognises him from his paid invoices', () => {
      expect(isReliableLatePayer(SLOW_BUT_SURE, POLICY, TERM)).toBe(true);
    });

    it('moves his first reminder past his usual payment day, from day 15 to day 21 or later', () => {
      const action = story4('2026-03-17');
      expect(action).toMatchObject({
        _tag: 'SendReminder',
        level: 1,
        timing: 'adaptive',
        isDue: false,
      });
      if (action._tag !== 'SendReminder') throw new Error('expected a reminder');
      expect(daysBetween(date('2026-03-02'), action.dueOn)).toBeGreaterThanOrEqual(21);
      expect(action.dueOn).toBe('2026-03-24'); // issue + p90 19 + 3 days
    });

    it('moves the later levels by the same number of days', () => {
      const invoice = openInvoice({ remindersSent: [sent(1, '2026-03-24')] });
      // due + 14 + 7 = Easter Monday 6 April
      expect(story4('2026-04-01', { invoice })).toMatchObject({ level: 2, dueOn: '2026-04-07' });
    });

    it('leaves his reminders on the ladder when the tenant has adaptive timing off', () => {
      expect(story4('2026-03-17', { policy: POLICY })).toMatchObject({
        timing: 'ladder',
        dueOn: '2026-03-17',
        isDue: true,
      });
    });

    it('keeps an offset agreed with him over the adaptive one', () => {
      const debtor = { kind: 'business', reminderOffsetDays: 2 } as const;
      expect(story4('2026-03-17', { debtor })).toMatchObject({
        timing: 'debtor-override',
        dueOn: '2026-03-18',
      });
    });

    it('judges him against the invoice’s current terms', () => {
      const invoice = openInvoice({ dueDate: date('2026-04-01'), paymentTermDays: 30 });
      expect(story4('2026-03-17', { invoice })).toMatchObject({
        timing: 'ladder',
        dueOn: '2026-04-02',
      });
      expect(isReliableLatePayer(SLOW_BUT_SURE, POLICY, 30)).toBe(false);
    });
  });

  describe('for other debtors', () => {
    it.each([
      ['an erratic payer', paidAfter(15, 16, 18, 19, 20, 45, 50, 60)],
      ['a debtor with only two paid invoices', paidAfter(18, 19)],
      ['a debtor who pays on time', paidAfter(10, 12, 14, 13)],
      ['a debtor paying on the first reminder’s day', paidAfter(15, 15, 15)],
      ['a debtor without a known p90', { ...SLOW_BUT_SURE, p90DaysToPay: null }],
      [
        'a debtor who paid one invoice only after a demand letter',
        { ...SLOW_BUT_SURE, paidAfterDemand: 1 },
      ],
      ['a debtor whose slow payments lie more than a week late', paidAfter(17, 18, 18, 19, 27)],
      ['a debtor whose payment days spread over 5 days', paidAfter(17, 18, 19, 20, 22)],
      [
        'a debtor who pays a few days after most reminders, and once before it',
        paidAfter(13, 19, 20, 21, 22, 23),
      ],
      ['a debtor without a known p10', { ...SLOW_BUT_SURE, p10DaysToPay: null }],
    ])('does not adapt the ladder for %s', (_who, behaviour) => {
      expect(isReliableLatePayer(behaviour, POLICY, TERM)).toBe(false);
      expect(adaptiveFirstReminderOffset(behaviour, POLICY, TERM)).toBeNull();
      expect(story4('2026-03-17', { behaviour })).toMatchObject({
        timing: 'ladder',
        dueOn: '2026-03-17',
      });
    });

    it('does not adapt without any payment history', () => {
      expect(story4('2026-03-17', { behaviour: null })).toMatchObject({ timing: 'ladder' });
    });

    it('treats a spread between fastest and slowest payments just within the limit as reliable', () => {
      const edge: SchedulingBehaviour = {
        ...SLOW_BUT_SURE,
        p10DaysToPay: 17,
        p90DaysToPay: 17 + ERRATIC_SPREAD_DAYS,
      };
      expect(isReliableLatePayer(edge, POLICY, TERM)).toBe(true);
      expect(
        isReliableLatePayer({ ...edge, p90DaysToPay: 17.5 + ERRATIC_SPREAD_DAYS }, POLICY, TERM),
      ).toBe(false);
      expect(isReliableLatePayer({ ...edge, p10DaysToPay: 16.5 }, POLICY, TERM)).toBe(false);
    });
  });

  it('never moves the first reminder earlier than the ladder, and always past the p90 day', () => {
    const behaviour = fc.record({
      paidInvoices: fc.integer({ min: 0, max: 50 }),
      medianDaysToPay: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      p10DaysToPay: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      p90DaysToPay: fc.option(fc.double({ min: 0, max: 150, noNaN: true }), { nil: null }),
      meanDaysToPay: fc.constant(null),
      paidAfterDemand: fc.nat(3),
    });
    fc.assert(
      fc.property(
        behaviour,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (b, term, first) => {
          const policy = {
            ladder: [{ level: 1, kind: 'reminder', afterDueDays: first, channel: 'email' }],
          } as const;
          const offset = adaptiveFirstReminderOffset(b, policy, term);
          expect(offset === null).toBe(!isReliableLatePayer(b, policy, term));
          if (offset === null || b.p90DaysToPay === null) return;
          expect(offset).toBeGreaterThanOrEqual(first);
          expect(term + offset).toBeGreaterThanOrEqual(
            Math.ceil(b.p90DaysToPay) + ADAPTIVE_MARGIN_DAYS,
          );
        },
      ),
    );
  });
});
