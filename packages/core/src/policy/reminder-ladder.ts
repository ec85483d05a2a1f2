import * as E from 'fp-ts/Either';
import { LadderLevel, ReminderPolicy } from './policy.events';

/** The rungs of a reminder ladder, first reminder first. */
export type ReminderLadder = readonly LadderLevel[];

/** Why a ladder is refused; `index` points into the ladder as sent (`ladder[index]`). */
export type LadderError =
  | { readonly _tag: 'EmptyLadder' }
  | {
      readonly _tag: 'LevelsNotConsecutive';
      readonly index: number;
      readonly expected: number;
      readonly level: number;
    }
  | { readonly _tag: 'InvalidOffset'; readonly index: number; readonly afterDueDays: number }
  | {
      readonly _tag: 'OffsetsNotIncreasing';
      readonly index: number;
      readonly afterDueDays: number;
      readonly previousAfterDueDays: number;
    }
  | { readonly _tag: 'HandOverNotLast'; readonly index: number };

export type LadderErrorTag = LadderError['_tag'];

/**
 * The latest a rung may go out: ten years after due, twice the five years in which a Dutch
 * invoice's claim is prescribed, so no real ladder is refused while a mistyped offset (which
 * would run its dates past the year 9999) is.
 */
export const MAX_AFTER_DUE_DAYS = 3_650;

const problemAt = (
  ladder: ReminderLadder,
  index: number,
  step: LadderLevel,
): LadderError | null => {
  const previous = ladder[index - 1];
  if (step.level !== index + 1)
    return { _tag: 'LevelsNotConsecutive', index, expected: index + 1, level: step.level };
  if (
    !Number.isInteger(step.afterDueDays) ||
    step.afterDueDays < 0 ||
    step.afterDueDays > MAX_AFTER_DUE_DAYS
  )
    return { _tag: 'InvalidOffset', index, afterDueDays: step.afterDueDays };
  if (previous !== undefined && step.afterDueDays <= previous.afterDueDays)
    return {
      _tag: 'OffsetsNotIncreasing',
      index,
      afterDueDays: step.afterDueDays,
      previousAfterDueDays: previous.afterDueDays,
    };
  if (step.kind === 'hand-over' && index !== ladder.length - 1)
    return { _tag: 'HandOverNotLast', index };
  return null;
};

/**
 * A ladder is valid when it has at least one rung, its levels run 1, 2, … n, each rung
 * goes out a whole number of days after due (at most `MAX_AFTER_DUE_DAYS`) and strictly later
 * than the one before, and a
 * hand-over to collection, if any, is the single last rung: nothing follows a hand-over.
 * The first problem found is reported.
 */
export const validateLadder = (ladder: ReminderLadder): E.Either<LadderError, ReminderLadder> => {
  if (ladder.length === 0) return E.left({ _tag: 'EmptyLadder' });
  for (const [index, step] of ladder.entries()) {
    const problem = problemAt(ladder, index, step);
    if (problem !== null) return E.left(problem);
  }
  return E.right(ladder);
};

/**
 * The policy a Dutch credit-control team starts a new client on.
 *
 * - Invoices are due 14 days after the invoice date, the usual Dutch term.
 * - A friendly reminder (herinnering) by e-mail a week after due: most late payers simply forgot.
 * - A demand letter (aanmaning) by post at 21 days: the e-mail was ignored, so change channel;
 *   paper on the doormat is harder to overlook.
 * - The final notice (14-dagenbrief / ingebrekestelling) by post at 35 days: for consumers the
 *   law requires it before collection costs may be charged, and a letter gives the proof.
 * - Hand-over to a collection agency at 56 days: the 14 days of the final notice, counted from
 *   the day after receipt, plus a week for the post and for late transfers to arrive.
 * - Adaptive: reliably late payers get their first reminder moved rather than upset (story 4).
 * - A promise to pay gets 3 days of grace: a transfer "scheduled for Friday" lands by Tuesday.
 */
export const dutchDefaultPolicy: ReminderPolicy = {
  defaultPaymentTermDays: 14,
  adaptive: true,
  promiseGraceDays: 3,
  ladder: [
    { level: 1, kind: 'reminder', afterDueDays: 7, channel: 'email' },
    { level: 2, kind: 'demand', afterDueDays: 21, channel: 'post' },
    { level: 3, kind: 'final-notice', afterDueDays: 35, channel: 'post' },
    { level: 4, kind: 'hand-over', afterDueDays: 56, channel: 'post' },
  ],
};
