import { promisedDateAfterHolds } from '../invoice/invoice.queries';
import { InvoiceState, OpenInvoice } from '../invoice/invoice.state';
import { ReminderPolicy } from '../policy/policy.events';
import { BusinessCalendar } from '../shared/business-calendar';
import { CalendarDate, daysBetween, isBefore } from '../shared/calendar-date';
import { businessDateOf, Instant } from '../shared/instant';
import { nextInstallmentCheck } from './arrangement-check';
import { ladderShift } from './ladder-shift';
import { NextAction, NothingReason, NothingToDo, Scheduled } from './next-action.types';
import { nextRung } from './next-rung';
import { promiseBreaksOn } from './promise-check';
import { SchedulingBehaviour, SchedulingDebtor } from './scheduling.inputs';

export interface NextActionInput {
  readonly invoice: InvoiceState;
  /** Null when the debtor is not known (yet): no override, no consumer rules. */
  readonly debtor: SchedulingDebtor | null;
  readonly policy: ReminderPolicy;
  /** Null when nothing is known of how the debtor pays. */
  readonly behaviour: SchedulingBehaviour | null;
  readonly calendar: BusinessCalendar;
  readonly now: Instant;
}

const nothing = (why: NothingReason): NothingToDo => ({ _tag: 'Nothing', why });

type At = (dueOn: CalendarDate) => Scheduled;

const ladderStep = (invoice: OpenInvoice, input: NextActionInput, at: At): NextAction => {
  const { policy } = input;
  if (policy.ladder.length === 0) return nothing('no-ladder');
  const shift = ladderShift({
    ladder: policy.ladder,
    adaptive: policy.adaptive,
    reminderOffsetDays: input.debtor?.reminderOffsetDays ?? null,
    behaviour: input.behaviour,
    paymentTermDays: daysBetween(invoice.issueDate, invoice.dueDate),
  });
  const next = nextRung({
    dueDate: invoice.dueDate,
    remindersSent: invoice.remindersSent,
    ladder: policy.ladder,
    shift,
    debtorKind: input.debtor?.kind ?? null,
    calendar: input.calendar,
  });
  if (next === null) return nothing('ladder-complete');
  const { rung, dueOn } = next;
  const timing = next.sooner ? 'adaptive' : shift.timing;
  const kind = rung.kind;
  switch (kind) {
    case 'hand-over':
      return { _tag: 'HandOver', level: rung.level, timing, ...at(dueOn) };
    case 'reminder':
    case 'demand':
    case 'final-notice':
      return {
        _tag: 'SendReminder',
        level: rung.level,
        kind,
        channel: rung.channel,
        timing,
        ...at(dueOn),
      };
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
};

/**
 * An open invoice's workflow pauses, in this order: nothing left to collect, a hold, a
 * live promise (only its breaking is watched), a live arrangement (only its installments
 * are watched); otherwise the ladder goes on from the highest level sent.
 */
const forOpenInvoice = (invoice: OpenInvoice, input: NextActionInput): NextAction => {
  const today = businessDateOf(input.now);
  const at: At = (dueOn) => ({ dueOn, isDue: !isBefore(today, dueOn) });
  const grace = input.policy.promiseGraceDays;
  if (invoice.outstanding.amount <= 0) return nothing('nothing-outstanding');
  if (invoice.hold !== null) return nothing('on-hold');
  if (invoice.promise !== null) {
    const { promisedDate } = invoice.promise;
    const keepBy = promisedDateAfterHolds(invoice.promise);
    return {
      _tag: 'BreakPromise',
      promisedDate,
      ...at(promiseBreaksOn(keepBy, grace, input.calendar)),
    };
  }
  if (invoice.arrangement !== null) {
    const check = nextInstallmentCheck(invoice.arrangement, invoice.paid, grace, input.calendar);
    return check === null
      ? nothing('arrangement-fulfilled')
      : {
          _tag: 'DefaultArrangement',
          missedDueDate: check.installment.dueDate,
          ...at(check.dueOn),
        };
  }
  return ladderStep(invoice, input, at);
};

/**
 * What the reminder workflow does next for an invoice, and on which business day; `isDue`
 * says whether that day has come by `now` (in Europe/Amsterdam). Closed invoices need
 * nothing; a hold pauses everything; a promise or an arrangement replaces the ladder until
 * it is broken or defaulted, after which the ladder resumes at the next level.
 */
export const nextAction = (input: NextActionInput): NextAction => {
  const { invoice } = input;
  switch (invoice.status) {
    case 'unissued':
    case 'settled':
    case 'written-off':
    case 'handed-over':
      return nothing(invoice.status);
    case 'open':
      return forOpenInvoice(invoice, input);
    default: {
      const _exhaustive: never = invoice;
      return _exhaustive;
    }
  }
};

/** Whether the action should be taken now: anything but Nothing, once its day has come. */
export const isActionDue = (action: NextAction): boolean =>
  action._tag !== 'Nothing' && action.isDue;
