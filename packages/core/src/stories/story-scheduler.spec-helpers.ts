import * as E from 'fp-ts/Either';
import {
  businessDateOf,
  CalendarDate,
  commandFor as dueActionCommand,
  DebtorState,
  DueAction,
  Instant,
  InvoiceCommand,
  InvoiceError,
  InvoiceEvent,
  InvoiceId,
  InvoiceState,
  isActionDue,
  MAX_ACTIONS_PER_INVOICE,
  NextAction,
  nextActionFor as nextActionForInvoice,
  paymentBehaviour,
  reasonFor,
  ReminderPolicy,
  ReportsState,
  TenantId,
  TenantPolicyState,
} from '../index';
import { Unstamped } from './story-commands.spec-helpers';
import { Stream } from './story-event-log.spec-helpers';

export type { DueAction } from '../index';

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

/** The next action for an invoice, from the same inputs the saga reads. */
export const nextActionFor = (
  world: SchedulerWorld,
  invoice: InvoiceState,
  reports: ReportsState,
): NextAction => {
  const policy: ReminderPolicy = world.settings().state().policy;
  // Only an open invoice's workflow reads its debtor; the rest need nothing to be computed.
  if (invoice.status !== 'open')
    return nextActionForInvoice(invoice, { debtor: null, policy, behaviour: null }, world.now);
  return nextActionForInvoice(
    invoice,
    {
      debtor: world.debtor(invoice.debtorId).state(),
      policy,
      behaviour: paymentBehaviour(
        reports.ledger,
        world.tenantId,
        invoice.debtorId,
        businessDateOf(world.now),
      ),
    },
    world.now,
  );
};

const commandFor =
  (action: DueAction): Unstamped<InvoiceCommand> =>
  (now) =>
    dueActionCommand(action, now);

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
