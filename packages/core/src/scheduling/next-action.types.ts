import { ReminderChannel, ReminderKind } from '../invoice/invoice.events';
import { CalendarDate } from '../shared/calendar-date';
import { ReminderTiming } from './ladder-shift';

/** Why nothing is scheduled for an invoice. */
export type NothingReason =
  | 'unissued'
  | 'settled'
  | 'written-off'
  | 'handed-over'
  | 'nothing-outstanding'
  | 'on-hold'
  | 'arrangement-fulfilled'
  | 'no-ladder'
  | 'ladder-complete';

export interface NothingToDo {
  readonly _tag: 'Nothing';
  readonly why: NothingReason;
}

/** When a scheduled action falls: always a business day; due once today reaches it. */
export interface Scheduled {
  readonly dueOn: CalendarDate;
  readonly isDue: boolean;
}

/** Send the next rung of the ladder: a reminder, demand letter or final notice. */
export interface SendReminderAction extends Scheduled {
  readonly _tag: 'SendReminder';
  readonly level: number;
  readonly kind: Exclude<ReminderKind, 'hand-over'>;
  readonly channel: ReminderChannel;
  readonly timing: ReminderTiming;
}

/** The ladder's hand-over rung is next: hand the invoice to the collection agency. */
export interface HandOverAction extends Scheduled {
  readonly _tag: 'HandOver';
  readonly level: number;
  readonly timing: ReminderTiming;
}

/** The live promise's date and grace run out on `dueOn` without settlement. */
export interface BreakPromiseAction extends Scheduled {
  readonly _tag: 'BreakPromise';
  readonly promisedDate: CalendarDate;
}

/** The installment due `missedDueDate` (plus grace) is not covered by `dueOn`. */
export interface DefaultArrangementAction extends Scheduled {
  readonly _tag: 'DefaultArrangement';
  readonly missedDueDate: CalendarDate;
}

/** What the reminder workflow does next for one invoice. */
export type NextAction =
  NothingToDo | SendReminderAction | HandOverAction | BreakPromiseAction | DefaultArrangementAction;

export type NextActionTag = NextAction['_tag'];
