import { LadderLevel } from '../policy/policy.events';
import { firstRung, overrideShiftDays } from '../policy/debtor-overrides';
import { adaptiveFirstReminderOffset } from './adaptive-timing';
import { isPressedPayer, PRESSED_FINAL_NOTICE_DAYS } from './pressed-payer';
import { SchedulingBehaviour } from './scheduling.inputs';

/** Why the ladder runs when it does for this invoice. */
export type ReminderTiming = 'ladder' | 'debtor-override' | 'adaptive';

/**
 * Days by which every rung of the ladder moves for one debtor, the spacing kept, or, for a
 * pressed payer, how many days after the previous reminder his final notice may come (null
 * for everyone else).
 */
export interface LadderShift {
  readonly timing: ReminderTiming;
  readonly days: number;
  readonly finalNoticeAfterDays: number | null;
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

const UNSHIFTED: LadderShift = { timing: 'ladder', days: 0, finalNoticeAfterDays: null };

/** Nothing moves until a pressed payer's final notice is next (`nextRung` then says so). */
const PRESSED: LadderShift = {
  timing: 'ladder',
  days: 0,
  finalNoticeAfterDays: PRESSED_FINAL_NOTICE_DAYS,
};

/**
 * How far the ladder moves for this debtor. An offset agreed with the debtor wins: the first
 * rung lands on it and the others keep their spacing. Otherwise, when the tenant enabled
 * adaptive timing, a reliable but late payer's ladder moves later (see
 * `adaptiveFirstReminderOffset`) and a pressed payer's final notice comes sooner (see
 * `isPressedPayer`); else the ladder runs as the tenant set it.
 */
export const ladderShift = (input: LadderShiftInput): LadderShift => {
  const first = firstRung(input.ladder);
  if (first === null) return UNSHIFTED;
  if (input.reminderOffsetDays !== null) {
    return {
      timing: 'debtor-override',
      days: overrideShiftDays(input.ladder, input.reminderOffsetDays),
      finalNoticeAfterDays: null,
    };
  }
  if (!input.adaptive) return UNSHIFTED;
  const adapted = adaptiveFirstReminderOffset(
    input.behaviour,
    { ladder: input.ladder },
    input.paymentTermDays,
  );
  if (adapted !== null && adapted > first.afterDueDays) {
    return { timing: 'adaptive', days: adapted - first.afterDueDays, finalNoticeAfterDays: null };
  }
  return isPressedPayer(input.behaviour) ? PRESSED : UNSHIFTED;
};
