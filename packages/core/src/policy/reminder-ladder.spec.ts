import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import {
  dutchDefaultPolicy,
  LadderErrorTag,
  ReminderLadder,
  validateLadder,
} from './reminder-ladder';
import { validatePolicy } from './reminder-policy';
import { rung, validLadders } from './policy.spec-helpers';

const tagOf = (ladder: ReminderLadder): LadderErrorTag | 'valid' =>
  E.match(
    (error: { _tag: LadderErrorTag }) => error._tag,
    () => 'valid' as const,
  )(validateLadder(ladder));

describe('Reminder ladder', () => {
  describe('validation', () => {
    it.each<[string, ReminderLadder, LadderErrorTag | 'valid']>([
      ['a single reminder', [rung(1, 'reminder', 7)], 'valid'],
      ['a reminder on the due date itself', [rung(1, 'reminder', 0)], 'valid'],
      ['a hand-over alone', [rung(1, 'hand-over', 30)], 'valid'],
      [
        'reminder, demand, final notice, hand-over',
        [
          rung(1, 'reminder', 7),
          rung(2, 'demand', 21),
          rung(3, 'final-notice', 35),
          rung(4, 'hand-over', 56),
        ],
        'valid',
      ],
      ['two reminders', [rung(1, 'reminder', 7), rung(2, 'reminder', 14)], 'valid'],
      ['no rungs at all', [], 'EmptyLadder'],
      ['levels starting at 0', [rung(0, 'reminder', 7)], 'LevelsNotConsecutive'],
      ['a level skipped', [rung(1, 'reminder', 7), rung(3, 'demand', 21)], 'LevelsNotConsecutive'],
      [
        'levels out of order',
        [rung(2, 'reminder', 7), rung(1, 'demand', 21)],
        'LevelsNotConsecutive',
      ],
      ['a level repeated', [rung(1, 'reminder', 7), rung(1, 'demand', 21)], 'LevelsNotConsecutive'],
      ['a negative offset', [rung(1, 'reminder', -1)], 'InvalidOffset'],
      ['a fractional offset', [rung(1, 'reminder', 7), rung(2, 'demand', 10.5)], 'InvalidOffset'],
      [
        'an offset past ten years',
        [rung(1, 'reminder', 7), rung(2, 'demand', 3_651)],
        'InvalidOffset',
      ],
      [
        'offsets going back',
        [rung(1, 'reminder', 14), rung(2, 'demand', 7)],
        'OffsetsNotIncreasing',
      ],
      [
        'two rungs on one day',
        [rung(1, 'reminder', 14), rung(2, 'demand', 14)],
        'OffsetsNotIncreasing',
      ],
      [
        'a hand-over before the final notice',
        [rung(1, 'reminder', 7), rung(2, 'hand-over', 21), rung(3, 'final-notice', 35)],
        'HandOverNotLast',
      ],
      [
        'two hand-overs',
        [rung(1, 'reminder', 7), rung(2, 'hand-over', 21), rung(3, 'hand-over', 35)],
        'HandOverNotLast',
      ],
    ])('%s: %s', (_, ladder, expected) => {
      expect(tagOf(ladder)).toBe(expected);
    });

    it('points at the offending rung', () => {
      expect(validateLadder([rung(1, 'reminder', 14), rung(2, 'demand', 7)])).toStrictEqual(
        E.left({
          _tag: 'OffsetsNotIncreasing',
          index: 1,
          afterDueDays: 7,
          previousAfterDueDays: 14,
        }),
      );
    });

    it('accepts every ladder built by the rules', () => {
      fc.assert(fc.property(validLadders, (ladder) => E.isRight(validateLadder(ladder))));
    });
  });

  describe('the Dutch default policy', () => {
    it('is a valid policy', () => {
      expect(E.isRight(validatePolicy(dutchDefaultPolicy))).toBe(true);
    });

    it('escalates from reminder through demand and final notice to hand-over', () => {
      expect(dutchDefaultPolicy.ladder.map((level) => level.kind)).toStrictEqual([
        'reminder',
        'demand',
        'final-notice',
        'hand-over',
      ]);
    });

    it('leaves at least 14 days between the final notice and the hand-over', () => {
      const at = (kind: string) =>
        dutchDefaultPolicy.ladder.find((level) => level.kind === kind)?.afterDueDays ?? Number.NaN;
      expect(at('hand-over') - at('final-notice')).toBeGreaterThanOrEqual(14);
    });
  });
});
