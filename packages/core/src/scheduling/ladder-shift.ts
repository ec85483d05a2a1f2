import { LadderLevel } from '../policy/policy.events';
import { firstRung, overrideShiftDays } from '../policy/debtor-overrides';
import { adaptiveFirstReminderOffset } from './adaptive-timing';
import { SchedulingBehaviour } from './scheduling.inputs';

/** Why the ladder runs when it does for this invoice. */
export type ReminderTiming = 'ladder' | 'debtor-override' | 'adaptive';

/** Days by which every rung of the ladder moves for one debtor; the spacing stays. */
export interface LadderShift {
  readonly timing: ReminderTiming;
  readonly days: number;
}

export interface LadderShiftInput {
  readonly ladder: readonly LadderLevel[];
  /** The tenant's `adaptive` switch. */
  readonly adaptive: boolean;
  /** The debtor's agreed first-reminder offset; null when none was agreed. */
  readonly reminderOffsetDays: number | null;
  readonly behaviour: SchedulingBehaviour | null;
  readonly paymentTermDays: number;
}

const UNSHIFTED: LadderShift = { timing: 'ladder', days: 0 };

/**
 * How far the ladder moves for this debtor. An offset agreed with the debtor wins: the first
 * rung lands on it and the others keep their spacing. Otherwise, when the tenant enabled
 * adaptive timing, a reliable but late payer's ladder moves later (see
 * `adaptiveFirstReminderOffset`); else the ladder runs as the tenant set it.
 */
export const ladderShift = (input: LadderShiftInput): LadderShift => {
  const first = firstRung(input.ladder);
  if (first === null) return UNSHIFTED;
  if (input.reminderOffsetDays !== null) {
    return {
      timing: 'debtor-override',
      days: overrideShiftDays(input.ladder, input.reminderOffsetDays),
    };
  }
  if (!input.adaptive) return UNSHIFTED;
  const adapted = adaptiveFirstReminderOffset(
    input.behaviour,
    { ladder: input.ladder },
    input.paymentTermDays,
  );
  return adapted === null || adapted <= first.afterDueDays
    ? UNSHIFTED
    : { timing: 'adaptive', days: adapted - first.afterDueDays };
};
