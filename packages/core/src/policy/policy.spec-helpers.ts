import fc from 'fast-check';
import { LadderLevel, ReminderPolicy } from './policy.events';
import { ReminderLadder } from './reminder-ladder';

type Kind = LadderLevel['kind'];
type Channel = LadderLevel['channel'];

/** One rung of a ladder, e-mail unless another channel is given. */
export const rung = (
  level: number,
  kind: Kind,
  afterDueDays: number,
  channel: Channel = 'email',
): LadderLevel => ({ level, kind, afterDueDays, channel });

export const policyWith = (
  base: ReminderPolicy,
  changes: Partial<ReminderPolicy>,
): ReminderPolicy => ({ ...base, ...changes });

const kinds: readonly Kind[] = ['reminder', 'demand', 'final-notice'];
const channels: readonly Channel[] = ['email', 'post', 'phone'];

/**
 * Any valid ladder: 1 to 8 rungs, a first offset of 0 to 60 days, gaps of 1 to 30 days,
 * and sometimes a hand-over as the last rung.
 */
export const validLadders: fc.Arbitrary<ReminderLadder> = fc
  .record({
    first: fc.integer({ min: 0, max: 60 }),
    steps: fc.array(
      fc.record({
        gap: fc.integer({ min: 1, max: 30 }),
        kind: fc.constantFrom(...kinds),
        channel: fc.constantFrom(...channels),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    handOverLast: fc.boolean(),
  })
  .map(({ first, steps, handOverLast }) => {
    let afterDueDays = first - (steps[0]?.gap ?? 0);
    return steps.map((step, i) => {
      afterDueDays += step.gap;
      const last = i === steps.length - 1;
      return rung(
        i + 1,
        last && handOverLast ? 'hand-over' : step.kind,
        afterDueDays,
        step.channel,
      );
    });
  });
