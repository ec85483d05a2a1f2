import { DebtorKind } from '../debtor/debtor.events';
import { SentReminder } from '../invoice/invoice.state';
import { LadderLevel } from '../policy/policy.events';
import { fourteenDayLetterDeadline } from '../dutch-rules';
import { BusinessCalendar, nextBusinessDayOnOrAfter } from '../shared/business-calendar';
import { addDays, CalendarDate, isBefore, maxDate } from '../shared/calendar-date';
import { LadderShift } from './ladder-shift';

/**
 * A consumer must have 14 days to pay after the final notice (14-dagenbrief, art. 6:96
 * BW), counted from the day after he received it (see `fourteenDayLetterDeadline`).
 */
export const CONSUMER_NOTICE_TERM_DAYS = 14;

/** The rung that comes next for an invoice, and the business day it is due on. */
export interface NextRung {
  readonly rung: LadderLevel;
  readonly dueOn: CalendarDate;
  /** True when it is a pressed payer's final notice, due sooner than the ladder's day. */
  readonly sooner: boolean;
}

export interface NextRungInput {
  readonly dueDate: CalendarDate;
  readonly remindersSent: readonly SentReminder[];
  readonly ladder: readonly LadderLevel[];
  readonly shift: LadderShift;
  /** Null when the debtor is unknown: no consumer rules apply then. */
  readonly debtorKind: DebtorKind | null;
  readonly calendar: BusinessCalendar;
}

const latest = (reminders: readonly SentReminder[]): SentReminder | null =>
  reminders.reduce<SentReminder | null>(
    (last, r) =>
      last === null || r.level > last.level || (r.level === last.level && r.sentOn > last.sentOn)
        ? r
        : last,
    null,
  );

/**
 * A rung never follows the previous reminder sooner than the ladder's spacing between the
 * two (at least a day), so a late-sent reminder or an old imported case does not set off
 * the whole ladder at once.
 */
const spacingFloor = (
  rung: LadderLevel,
  last: SentReminder,
  ladder: readonly LadderLevel[],
): CalendarDate => {
  const previous = ladder.find((r) => r.level === last.level);
  const spacing = previous === undefined ? 1 : rung.afterDueDays - previous.afterDueDays;
  return addDays(last.sentOn, Math.max(1, spacing));
};

/**
 * The last day a final notice lets the debtor pay: the deadline it stated, but never earlier
 * than the correct 14-day deadline from its sending (an old event states none; a wrong
 * letter cannot shorten the term the law gives).
 */
export const finalNoticeDeadline = (
  notice: SentReminder,
  calendar?: BusinessCalendar,
): CalendarDate => {
  const correct = fourteenDayLetterDeadline(notice.sentOn, calendar).deadline;
  return notice.deadline === undefined ? correct : maxDate(notice.deadline, correct);
};

/**
 * A consumer is handed over only the day after the last deadline any final notice gave:
 * a later letter that extends the term binds the creditor too.
 */
const consumerHandOverFloor = (rung: LadderLevel, input: NextRungInput): CalendarDate | null => {
  if (rung.kind !== 'hand-over' || input.debtorKind !== 'consumer') return null;
  const deadlines = input.remindersSent
    .filter((r) => r.kind === 'final-notice')
    .map((notice) => finalNoticeDeadline(notice, input.calendar));
  return deadlines.length === 0 ? null : addDays(deadlines.reduce(maxDate), 1);
};

/**
 * The ladder's own day for a rung: its `afterDueDays` (shifted for the debtor) after the
 * current due date, and never sooner after the previous reminder than the ladder's spacing.
 */
const ladderDay = (
  rung: LadderLevel,
  last: SentReminder | null,
  input: NextRungInput,
): CalendarDate => {
  const shifted = addDays(input.dueDate, rung.afterDueDays + input.shift.days);
  return last === null ? shifted : maxDate(shifted, spacingFloor(rung, last, input.ladder));
};

/**
 * A pressed payer's final notice may come the set days after the previous reminder, counted
 * from the later of its sending and its own ladder day on the current due date (so a terms
 * adjustment re-anchors it too). Null when no such day applies.
 */
const pressedFinalNoticeDay = (
  rung: LadderLevel,
  last: SentReminder | null,
  input: NextRungInput,
): CalendarDate | null => {
  const days = input.shift.finalNoticeAfterDays;
  if (rung.kind !== 'final-notice' || days === null || last === null) return null;
  const previous = input.ladder.find((r) => r.level === last.level);
  const previousDay =
    previous === undefined ? last.sentOn : addDays(input.dueDate, previous.afterDueDays);
  return addDays(maxDate(last.sentOn, previousDay), days);
};

/**
 * The next rung is the lowest ladder level above the highest one sent. It is due on its
 * ladder day (see `ladderDay`; a pressed payer's final notice on the sooner
 * `pressedFinalNoticeDay` when that comes first), so a terms adjustment re-anchors it; never
 * on or before the due date, and moved forward to a business day. Null when the ladder is done.
 */
export const nextRung = (input: NextRungInput): NextRung | null => {
  const last = latest(input.remindersSent);
  const highestSent = last?.level ?? 0;
  const rung = input.ladder
    .filter((r) => r.level > highestSent)
    .reduce<LadderLevel | null>((low, r) => (low === null || r.level < low.level ? r : low), null);
  if (rung === null) return null;
  const onLadder = ladderDay(rung, last, input);
  const pressed = pressedFinalNoticeDay(rung, last, input);
  const sooner = pressed !== null && isBefore(pressed, onLadder);
  const floors = [
    sooner ? pressed : onLadder,
    addDays(input.dueDate, 1),
    consumerHandOverFloor(rung, input),
  ].filter((d): d is CalendarDate => d !== null);
  const earliest = floors.reduce(maxDate);
  return { rung, dueOn: nextBusinessDayOnOrAfter(earliest, input.calendar), sooner };
};
