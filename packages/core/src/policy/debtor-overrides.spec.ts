import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { effectiveLadder, paymentTermFor } from './debtor-overrides';
import { dutchDefaultPolicy, validateLadder } from './reminder-ladder';
import { rung, validLadders } from './policy.spec-helpers';

const offsets = (ladder: readonly { afterDueDays: number }[]) => ladder.map((l) => l.afterDueDays);

describe('Per-debtor overrides', () => {
  describe('the effective ladder', () => {
    it('is the tenant ladder when the debtor has no override', () => {
      expect(effectiveLadder(dutchDefaultPolicy, { reminderOffsetDays: null })).toStrictEqual(
        dutchDefaultPolicy.ladder,
      );
    });

    it('is the tenant ladder for an unknown debtor', () => {
      expect(effectiveLadder(dutchDefaultPolicy, null)).toStrictEqual(dutchDefaultPolicy.ladder);
    });

    it('moves the first reminder to the override and keeps the spacing (story 4)', () => {
      const ladder = effectiveLadder(dutchDefaultPolicy, { reminderOffsetDays: 21 });
      expect(offsets(ladder)).toStrictEqual([21, 35, 49, 70]);
    });

    it('moves the whole ladder earlier when the override is earlier', () => {
      const ladder = effectiveLadder(dutchDefaultPolicy, { reminderOffsetDays: 0 });
      expect(offsets(ladder)).toStrictEqual([0, 14, 28, 49]);
    });

    it('changes nothing but the offsets', () => {
      const ladder = effectiveLadder(
        { ladder: [rung(1, 'reminder', 7, 'email'), rung(2, 'demand', 21, 'post')] },
        { reminderOffsetDays: 10 },
      );
      expect(ladder).toStrictEqual([
        rung(1, 'reminder', 10, 'email'),
        rung(2, 'demand', 24, 'post'),
      ]);
    });

    it('leaves an empty ladder empty', () => {
      expect(effectiveLadder({ ladder: [] }, { reminderOffsetDays: 21 })).toStrictEqual([]);
    });

    it('keeps any valid ladder valid: same levels, offsets strictly increasing, first on the override', () => {
      fc.assert(
        fc.property(validLadders, fc.integer({ min: 0, max: 365 }), (ladder, override) => {
          const effective = effectiveLadder({ ladder }, { reminderOffsetDays: override });
          const days = offsets(effective);
          expect(effective).toHaveLength(ladder.length);
          expect(effective.map((l) => l.level)).toStrictEqual(ladder.map((l) => l.level));
          expect(days[0]).toBe(override);
          days.slice(1).forEach((d, i) => expect(d).toBeGreaterThan(days[i] ?? Infinity));
          expect(E.isRight(validateLadder(effective))).toBe(true);
        }),
      );
    });

    it('keeps the gaps between rungs for any valid ladder and override', () => {
      const gaps = (days: number[]) => days.slice(1).map((d, i) => d - (days[i] ?? 0));
      fc.assert(
        fc.property(validLadders, fc.integer({ min: 0, max: 365 }), (ladder, override) => {
          const effective = effectiveLadder({ ladder }, { reminderOffsetDays: override });
          expect(gaps(offsets(effective))).toStrictEqual(gaps(offsets(ladder)));
        }),
      );
    });
  });

  describe('the payment term', () => {
    it("is the debtor's agreed term (story 5: 30 days, also for next month's invoice)", () => {
      expect(paymentTermFor({ paymentTermDays: 30 }, dutchDefaultPolicy)).toBe(30);
    });

    it('is the agreed term even when that is 0 days (cash)', () => {
      expect(paymentTermFor({ paymentTermDays: 0 }, dutchDefaultPolicy)).toBe(0);
    });

    it("is the tenant's default when none was agreed", () => {
      expect(paymentTermFor({ paymentTermDays: null }, { defaultPaymentTermDays: 21 })).toBe(21);
    });

    it("is the tenant's default for an unknown debtor", () => {
      expect(paymentTermFor(null, { defaultPaymentTermDays: 21 })).toBe(21);
    });
  });
});
