import * as E from 'fp-ts/Either';
import {
  businessDateOf,
  CalendarDate,
  DebtorState,
  DUTCH_BUSINESS_CALENDAR,
  Instant,
  InvoiceCommand,
  InvoiceError,
  InvoiceEvent,
  InvoiceId,
  InvoiceState,
  isActionDue,
  NextAction,
  nextAction,
  NothingToDo,
  paymentBehaviour,
  ReminderPolicy,
  ReportsState,
  TenantId,
  TenantPolicyState,
} from '../index';
import { Unstamped } from './story-commands.spec-helpers';
import { Stream } from './story-event-log.spec-helpers';

/** An action the scheduler takes: anything `nextAction` answers but Nothing. */
export type DueAction = Exclude<NextAction, NothingToDo>;

/** What one pass did for one invoice: the action it took and how the invoice answered. */
export interface SchedulerDeed {
  readonly on: CalendarDate;
  readonly invoiceId: InvoiceId;
  readonly action: DueAction;
  readonly outcome: E.Either<InvoiceError, readonly InvoiceEvent[]>;
}

/** What the scheduler reads of the world, and how it acts on it. */
export interface SchedulerWorld {
  readonly tenantId: TenantId;
  readonly now: Instant;
  readonly invoiceIds: () => readonly InvoiceId[];
  readonly invoice: (
    id: string,
  ) => Stream<InvoiceCommand, InvoiceEvent, InvoiceState, InvoiceError>;
  readonly debtor: (id: string) => { readonly state: () => DebtorState };
  readonly settings: () => { readonly state: () => TenantPolicyState };
  readonly reports: () => ReportsState;
}

/**
 * Only a core fault (an action that `decide` accepts without moving the workflow on) could
 * loop; no invoice needs more than a broken promise or default and one reminder in a pass.
 */
const MAX_ACTIONS_PER_INVOICE = 4;

const NO_DEBTOR = { debtor: null, behaviour: null, calendar: DUTCH_BUSINESS_CALENDAR } as const;

/** The next action for an invoice, from the same inputs the saga will read. */
export const nextActionFor = (
  world: SchedulerWorld,
  invoice: InvoiceState,
  reports: ReportsState,
): NextAction => {
  const policy: ReminderPolicy = world.settings().state().policy;
  // Only an open invoice's workflow reads its debtor; the rest need nothing to be computed.
  if (invoice.status !== 'open')
    return nextAction({ ...NO_DEBTOR, invoice, policy, now: world.now });
  const debtorState = world.debtor(invoice.debtorId).state();
  return nextAction({
    invoice,
    debtor: debtorState.status === 'registered' ? debtorState : null,
    policy,
    behaviour: paymentBehaviour(
      reports.ledger,
      world.tenantId,
      invoice.debtorId,
      businessDateOf(world.now),
    ),
    calendar: DUTCH_BUSINESS_CALENDAR,
    now: world.now,
  });
};

const commandFor = (action: DueAction): Unstamped<InvoiceCommand> => {
  switch (action._tag) {
    case 'SendReminder':
      return (now) => ({
        type: 'SendReminder',
        now,
        level: action.level,
        kind: action.kind,
        channel: action.channel,
      });
    case 'HandOver':
      return (now) => ({ type: 'HandOverToCollection', now });
    case 'BreakPromise':
      return (now) => ({ type: 'BreakPromise', now });
    case 'DefaultArrangement':
      return (now) => ({ type: 'DefaultArrangement', now });
  }
};

/** Why the scheduler acted, in the metadata's `reason`. */
const reasonFor = (action: DueAction): string => {
  switch (action._tag) {
    case 'SendReminder':
      return `ladder level ${action.level} (${action.kind}) due ${action.dueOn}, ${action.timing} timing`;
    case 'HandOver':
      return `ladder level ${action.level} (hand-over) due ${action.dueOn}`;
    case 'BreakPromise':
      return `promise of ${action.promisedDate} not kept by ${action.dueOn}`;
    case 'DefaultArrangement':
      return `installment of ${action.missedDueDate} not paid by ${action.dueOn}`;
  }
};

/**
 * One pass as the saga will run it: for every issued invoice, compute the next action from
 * the invoice, its debtor, the tenant's policy, the debtor's payment behaviour, the Dutch
 * calendar and the clock, and execute it while one is due, so an invoice is brought up to
 * date (a broken promise is followed by the reminder it held back). Each command is caused
 * by the last event of the invoice it was decided on.
 */
export const runSchedulerPass = (
  world: SchedulerWorld,
  passNumber: number,
): readonly SchedulerDeed[] => {
  const correlationId = `scheduler-pass-${passNumber}`;
  const reports = world.reports();
  const deeds: SchedulerDeed[] = [];
  for (const invoiceId of world.invoiceIds()) {
    const stream = world.invoice(invoiceId);
    for (let n = 0; n < MAX_ACTIONS_PER_INVOICE; n += 1) {
      const action = nextActionFor(world, stream.state(), reports);
      if (action._tag === 'Nothing' || !isActionDue(action)) break;
      const outcome = stream.execute(commandFor(action), {
        actor: 'scheduler',
        reason: reasonFor(action),
        correlationId,
        causationId: stream.history().at(-1)?.metadata.eventId ?? invoiceId,
      });
      deeds.push({ on: businessDateOf(world.now), invoiceId, action, outcome });
      if (E.isLeft(outcome) || outcome.right.length === 0) break;
    }
  }
  return deeds;
};
