import {
  addDays,
  DebiteurEvent,
  behaviourFromDaysToPay,
  CalendarDate,
  collectionCostsVatOf,
  commandFor,
  DebtorCommand,
  DebtorId,
  debtorDecider,
  debtorKindOf,
  hadDemandLetter,
  DebtorState,
  instantAt,
  InvoiceCommand,
  invoiceDecider,
  InvoiceId,
  InvoiceState,
  isSchedulable,
  MAX_ACTIONS_PER_INVOICE,
  Money,
  NextAction,
  money,
  nextActionFor,
  NonEmptyText,
  reasonFor,
  ReminderPolicy,
  SchedulingBehaviour,
  tenantPolicyDecider,
} from '@debiteur/core';
import * as E from 'fp-ts/Either';
import { branded } from './branded';
import { DayIndex } from './day-index';
import { PaymentCause, PlayedEvent } from './played-event';
import { World, WorldDebtor, WorldInvoice } from './portfolio-world';

export type { PaymentCause, PlayedEvent } from './played-event';

interface LiveDebtor {
  readonly world: WorldDebtor;
  readonly streamId: string;
  state: DebtorState;
  version: number;
  readonly daysToPay: number[];
  /** How many of the paid invoices were paid only after a demand letter. */
  paidAfterDemand: number;
  behaviour: SchedulingBehaviour | null;
  readonly open: Set<LiveInvoice>;
}

interface LiveInvoice {
  readonly world: WorldInvoice;
  readonly streamId: string;
  readonly debtor: LiveDebtor;
  readonly issueDay: number;
  state: InvoiceState;
  version: number;
  payDay: number | null;
  payCause: PaymentCause;
  promised: boolean;
  /** The last action worked out, valid while the state and the debtor's behaviour stay. */
  planned: {
    state: InvoiceState;
    behaviour: SchedulingBehaviour | null;
    action: NextAction;
  } | null;
}

type TaskKind = 'issue' | 'hold' | 'hold-end' | 'pay' | 'promise';
interface Task {
  readonly kind: TaskKind;
  readonly invoice: LiveInvoice;
}

const EUR = 'EUR';
const DEBTOR_ACTOR = 'debtor';
const COLLECTOR_ACTOR = 'collector';
const SCHEDULER_ACTOR = 'scheduler';

/**
 * The last day a world is played out to (days since its start): `tailDays` after the last
 * invoice is issued.
 */
export const lastSimulatedDay = (world: World, calendar: DayIndex): number =>
  world.invoices.reduce((last, w) => Math.max(last, calendar.dayOf(w.issueDate)), 0) +
  world.tailDays;

/**
 * Plays a world out day by day: debtors are registered and the tenant's policy set on the
 * first day; each day the debtors act (invoices issued, holds, credit notes, promises,
 * payments, as their fates say) and then the real scheduling logic (`nextActionFor`,
 * `commandFor`) sends what is due. Every event comes from the core's deciders, so the
 * stream folds. Yields the events in the order they happened.
 */
export function* playWorld(
  world: World,
  policy: ReminderPolicy,
  debtorReason: (debtor: WorldDebtor) => string | null = () => null,
): Generator<PlayedEvent> {
  const out: PlayedEvent[] = [];
  const tasks: Task[][] = [];
  const checks: Set<LiveInvoice>[] = [];
  const debtors = new Map<string, LiveDebtor>();
  const calendar = new DayIndex(world.start);
  const dateAt = (index: number): CalendarDate => calendar.dateAt(index);
  const indexOf = (d: CalendarDate): number => calendar.dayOf(d);
  let day = 0;
  let date = world.start;
  let now = instantAt(date, 10);

  const emit = (
    tenantId: string,
    streamId: string,
    version: number,
    event: DebiteurEvent,
    actor: string,
    reason: string | null,
    invoiceId: string | null,
    cause: PaymentCause | null = null,
  ) =>
    out.push({
      tenantId,
      streamId,
      streamVersion: version,
      event,
      day,
      date,
      now,
      actor,
      reason,
      invoiceId,
      cause,
    });

  const addTask = (at: number, kind: TaskKind, invoice: LiveInvoice) => {
    (tasks[at] ??= []).push({ kind, invoice });
  };
  const addCheck = (at: number, invoice: LiveInvoice) => {
    (checks[Math.max(at, day)] ??= new Set()).add(invoice);
  };
  const planPayment = (invoice: LiveInvoice, at: number, cause: PaymentCause) => {
    if (invoice.payDay !== null && invoice.payDay <= at) return;
    invoice.payDay = Math.max(at, day);
    invoice.payCause = cause;
    addTask(invoice.payDay, 'pay', invoice);
  };

  const contextOf = (debtor: LiveDebtor) => ({
    debtor: debtor.state,
    policy,
    behaviour: debtor.behaviour,
  });

  const afterSettled = (invoice: LiveInvoice) => {
    const { debtor } = invoice;
    debtor.open.delete(invoice);
    const state = invoice.state;
    if (state.status !== 'settled') return;
    if (state.paid.amount <= 0) return;
    debtor.daysToPay.push(Math.max(0, indexOf(state.settledOn) - invoice.issueDay));
    if (hadDemandLetter(state)) debtor.paidAfterDemand += 1;
    debtor.behaviour = behaviourFromDaysToPay(debtor.daysToPay, debtor.paidAfterDemand);
    if (policy.adaptive) for (const other of debtor.open) addCheck(day, other);
  };

  /** A reminder first draws his promise, if he makes one; later ones may move him to pay. */
  const onReminder = (invoice: LiveInvoice, level: number) => {
    const { fate } = invoice.world;
    if (fate.promise !== null && !invoice.promised) {
      invoice.promised = true;
      addTask(day + 1, 'promise', invoice);
    } else if (fate.reactLag !== null && level >= fate.reactFromLevel) {
      planPayment(invoice, day + fate.reactLag, 'reminder');
    }
  };

  const run = (
    invoice: LiveInvoice,
    command: InvoiceCommand,
    actor: string,
    reason: string | null,
  ) => {
    const decision = invoiceDecider.decide(command, invoice.state);
    if (E.isLeft(decision)) {
      throw new Error(`${invoice.streamId} refused ${command.type}: ${decision.left._tag}`);
    }
    for (const event of decision.right) {
      invoice.state = invoiceDecider.evolve(invoice.state, event);
      invoice.version += 1;
      emit(
        invoice.world.tenantId,
        invoice.streamId,
        invoice.version,
        event,
        actor,
        reason,
        invoice.world.invoiceId,
        event.type === 'Paid' ? invoice.payCause : null,
      );
      if (event.type === 'ReminderSent') onReminder(invoice, event.data.level);
    }
    const after = invoice.state;
    if (after.status !== 'open') afterSettled(invoice);
    // Nothing falls due before the day after the due date but a promise's breaking, so the
    // scheduling logic is asked only from then on (it is the costly part of the loop).
    else addCheck(after.promise !== null ? day : indexOf(after.dueDate) + 1, invoice);
  };

  const runDebtor = (debtor: LiveDebtor, command: DebtorCommand, reason: string | null) => {
    const decision = debtorDecider.decide(command, debtor.state);
    if (E.isLeft(decision)) throw new Error(`${debtor.streamId} refused ${command.type}`);
    for (const event of decision.right) {
      debtor.state = debtorDecider.evolve(debtor.state, event);
      debtor.version += 1;
      emit(
        debtor.world.tenantId,
        debtor.streamId,
        debtor.version,
        event,
        COLLECTOR_ACTOR,
        reason,
        null,
      );
    }
  };

  const outstanding = (invoice: LiveInvoice): Money | null =>
    invoice.state.status === 'open' && invoice.state.outstanding.amount > 0
      ? invoice.state.outstanding
      : null;

  const perform = (task: Task) => {
    const { invoice } = task;
    const { fate } = invoice.world;
    const state = invoice.state;
    switch (task.kind) {
      case 'issue':
        return issue(invoice);
      case 'hold':
        if (state.status === 'open' && state.hold === null && fate.hold !== null) {
          run(
            invoice,
            { type: 'PutOnHold', now, reason: fate.hold.reason },
            COLLECTOR_ACTOR,
            'debtor called',
          );
        }
        return;
      case 'hold-end': {
        const credit = fate.hold?.creditNote ?? null;
        const owed = outstanding(invoice);
        if (credit !== null && owed !== null) {
          const amount = branded(Money, { amount: Math.min(credit, owed.amount), currency: EUR });
          const number = branded(NonEmptyText, `CN-${invoice.world.number}`);
          run(
            invoice,
            { type: 'ApplyCreditNote', now, number, amount },
            COLLECTOR_ACTOR,
            'credit note from the client',
          );
        }
        const after = invoice.state;
        if (after.status === 'open' && after.hold !== null) {
          run(invoice, { type: 'ReleaseHold', now }, COLLECTOR_ACTOR, 'cleared with the client');
        }
        return;
      }
      case 'promise': {
        if (outstanding(invoice) === null || fate.promise === null) return;
        const { lagDays, kept } = fate.promise;
        run(
          invoice,
          { type: 'LogContact', now, channel: 'phone', outcome: 'reached' },
          COLLECTOR_ACTOR,
          'debtor called after the reminder',
        );
        run(
          invoice,
          { type: 'PromisePayment', now, promisedDate: addDays(date, lagDays) },
          COLLECTOR_ACTOR,
          'promised on the phone',
        );
        if (kept) planPayment(invoice, day + lagDays, 'promise');
        return;
      }
      case 'pay': {
        const owed = outstanding(invoice);
        if (invoice.payDay !== day || owed === null) return;
        run(
          invoice,
          { type: 'RecordPayment', now, amount: owed, paidOn: date },
          DEBTOR_ACTOR,
          null,
        );
        return;
      }
    }
  };

  const issue = (invoice: LiveInvoice) => {
    const { world: w, debtor } = invoice;
    const term =
      w.termDays ??
      (debtor.state.status === 'registered' ? debtor.state.paymentTermDays : null) ??
      policy.defaultPaymentTermDays;
    const amount = E.getOrElseW(() => {
      throw new Error(`bad amount ${w.amount}`);
    })(money(w.amount, EUR));
    run(
      invoice,
      {
        type: 'IssueInvoice',
        now,
        invoiceId: branded(InvoiceId, w.invoiceId),
        debtorId: branded(DebtorId, w.debtorId),
        number: branded(NonEmptyText, w.number),
        issueDate: date,
        dueBy: { paymentTermDays: term },
        amount,
        description: `Services ${w.number}`,
      },
      COLLECTOR_ACTOR,
      null,
    );
    debtor.open.add(invoice);
    const { hold, naturalPayDay } = w.fate;
    if (hold !== null) {
      addTask(day + hold.onDay, 'hold', invoice);
      addTask(day + hold.onDay + hold.days, 'hold-end', invoice);
    }
    if (naturalPayDay !== null) planPayment(invoice, day + naturalPayDay, 'own-accord');
  };

  const actionOf = (invoice: LiveInvoice): NextAction => {
    const { state, debtor, planned } = invoice;
    if (planned !== null && planned.state === state && planned.behaviour === debtor.behaviour) {
      const action = planned.action;
      return action._tag === 'Nothing' ? action : { ...action, isDue: action.dueOn <= date };
    }
    const action = nextActionFor(state, contextOf(debtor), now);
    invoice.planned = { state, behaviour: debtor.behaviour, action };
    return action;
  };

  const check = (invoice: LiveInvoice) => {
    for (let i = 0; i < MAX_ACTIONS_PER_INVOICE; i += 1) {
      if (invoice.state.status !== 'open') return;
      const action = actionOf(invoice);
      if (!isSchedulable(action)) return;
      if (!action.isDue) {
        addCheck(indexOf(action.dueOn), invoice);
        return;
      }
      // As the saga does: with the debtor's kind, a hand-over records interest and the costs
      // the law allows (a consumer's only after a valid, expired 14-day letter).
      const kind = debtorKindOf(contextOf(invoice.debtor));
      const command = commandFor(action, now, kind, collectionCostsVatOf(policy));
      run(invoice, command, SCHEDULER_ACTOR, reasonFor(action));
    }
  };

  for (const tenant of world.tenants) {
    const decision = tenantPolicyDecider.decide(
      { type: 'SetPolicy', policy, now },
      tenantPolicyDecider.initialState,
    );
    if (E.isLeft(decision)) throw new Error(`policy refused: ${decision.left._tag}`);
    decision.right.forEach((event, i) =>
      emit(
        tenant.tenantId,
        `tenant:${tenant.tenantId}:settings`,
        i + 1,
        event,
        COLLECTOR_ACTOR,
        'simulation policy',
        null,
      ),
    );
  }
  for (const w of world.debtors) {
    const debtor: LiveDebtor = {
      world: w,
      streamId: `debtor:${w.tenantId}:${w.debtorId}`,
      state: debtorDecider.initialState,
      version: 0,
      daysToPay: [],
      paidAfterDemand: 0,
      behaviour: null,
      open: new Set(),
    };
    debtors.set(`${w.tenantId}/${w.debtorId}`, debtor);
    const debtorId = branded(DebtorId, w.debtorId);
    runDebtor(
      debtor,
      { type: 'RegisterDebtor', now, debtorId, name: branded(NonEmptyText, w.name), kind: w.kind },
      debtorReason(w),
    );
    if (w.paymentTermDays !== null) {
      runDebtor(
        debtor,
        { type: 'AgreePaymentTerm', now, paymentTermDays: w.paymentTermDays },
        'agreed with the client',
      );
    }
  }
  for (const w of world.invoices) {
    const debtor = debtors.get(`${w.tenantId}/${w.debtorId}`);
    if (debtor === undefined)
      throw new Error(`invoice ${w.invoiceId} of unknown debtor ${w.debtorId}`);
    const issueDay = indexOf(w.issueDate);
    addTask(issueDay, 'issue', {
      world: w,
      streamId: `invoice:${w.tenantId}:${w.invoiceId}`,
      debtor,
      issueDay,
      state: invoiceDecider.initialState,
      version: 0,
      payDay: null,
      payCause: 'own-accord',
      promised: false,
      planned: null,
    });
  }
  yield* out.splice(0);

  const lastDay = lastSimulatedDay(world, calendar);
  for (day = 0; day <= lastDay; day += 1) {
    date = dateAt(day);
    now = instantAt(date, 10);
    for (const task of tasks[day] ?? []) perform(task);
    delete tasks[day];
    // Checks added while checking today land in today's set and are visited too.
    const today = checks[day];
    if (today !== undefined) for (const invoice of today) check(invoice);
    delete checks[day];
    yield* out.splice(0);
  }
}
