import * as E from 'fp-ts/Either';
import { DebiteurEvent, isDebtorEvent, isInvoiceEvent, isTenantEvent } from '../envelope';
import {
  addDays,
  businessDateOf,
  CalendarDate,
  callSheet,
  CallSheet,
  compareInstants,
  DebtorCommand,
  debtorDecider,
  DebtorError,
  DebtorEvent,
  DebtorState,
  debtorStreamId,
  DUTCH_BUSINESS_CALENDAR,
  EventEnvelope,
  Instant,
  instantAt,
  InvoiceCommand,
  invoiceDecider,
  InvoiceError,
  InvoiceEvent,
  InvoiceId,
  InvoiceState,
  invoiceStreamId,
  isBusinessDay,
  NextAction,
  paymentBehaviour,
  PaymentBehaviour,
  paymentTermFor,
  PolicyError,
  ReportsState,
  TenantEvent,
  TenantId,
  TenantPolicyCommand,
  tenantPolicyDecider,
  TenantPolicyState,
  tenantStreamId,
} from '../index';
import { invoiceTimeline, InvoiceTimeline, timelineAsOf } from '../projections/invoice-timeline';
import { Agenda } from './story-agenda.spec-helpers';
import { EventLog, Stream, streamIn } from './story-event-log.spec-helpers';
import { nextActionFor, runSchedulerPass, SchedulerDeed } from './story-scheduler.spec-helpers';
import { day, debtor, invoice, moment, onDay, tenant } from './story-values.spec-helpers';

export type InvoiceStream = Stream<InvoiceCommand, InvoiceEvent, InvoiceState, InvoiceError>;
export type DebtorStream = Stream<DebtorCommand, DebtorEvent, DebtorState, DebtorError>;
export type PolicyStream = Stream<TenantPolicyCommand, TenantEvent, TenantPolicyState, PolicyError>;

const SCHEDULER_HOUR = 9;
const AGENDA_HOUR = 14;

/**
 * One tenant's world for the acceptance stories: an explicit clock that only moves forward,
 * the invoice, debtor and policy deciders with every accepted event recorded as a store
 * would record it, the reports folded from those events, and the reminder scheduler run as
 * the saga will run it. Nothing here reads a real clock.
 */
export class StoryWorld {
  private log = new EventLog();
  private passes = 0;

  constructor(
    readonly tenantId: TenantId,
    private clock: Instant,
  ) {}

  /** A tenant's world whose clock starts at an ISO instant with offset. */
  static of(tenantId: string, start: string): StoryWorld {
    return new StoryWorld(tenant(tenantId), moment(start));
  }

  /** An independent copy of this world: the same history and clock, diverging from here. */
  fork(): StoryWorld {
    const copy = new StoryWorld(this.tenantId, this.clock);
    copy.log = this.log.copy();
    copy.passes = this.passes;
    return copy;
  }

  /** Moves the clock to an instant, e.g. `2026-03-02T09:00:00+01:00`; it never goes back. */
  at(iso: string): this {
    return this.moveTo(moment(iso));
  }

  /** Moves the clock to `hour` o'clock (Amsterdam) of a date. */
  on(date: string, hour = SCHEDULER_HOUR): this {
    return this.moveTo(onDay(date, hour));
  }

  get now(): Instant {
    return this.clock;
  }

  get today(): CalendarDate {
    return businessDateOf(this.clock);
  }

  invoice(id: string): InvoiceStream {
    const streamId = invoiceStreamId(this.tenantId, invoice(id));
    return streamIn(
      this.log,
      this.tenantId,
      () => this.clock,
      streamId,
      invoiceDecider,
      isInvoiceEvent,
    );
  }

  debtor(id: string): DebtorStream {
    const streamId = debtorStreamId(this.tenantId, debtor(id));
    return streamIn(
      this.log,
      this.tenantId,
      () => this.clock,
      streamId,
      debtorDecider,
      isDebtorEvent,
    );
  }

  /** The tenant's settings stream: its reminder policy (the Dutch default until one is set). */
  settings(): PolicyStream {
    const streamId = tenantStreamId(this.tenantId);
    return streamIn(
      this.log,
      this.tenantId,
      () => this.clock,
      streamId,
      tenantPolicyDecider,
      isTenantEvent,
    );
  }

  /** Every recorded event in commit order: what the store's `readAll` would answer. */
  events(): readonly EventEnvelope<DebiteurEvent>[] {
    return this.log.all();
  }

  /** The ids of the invoices issued so far, in the order they were issued. */
  invoiceIds(): readonly InvoiceId[] {
    return this.log
      .all()
      .flatMap(({ event }) => (event.type === 'Issued' ? [event.data.invoiceId] : []));
  }

  /** The reports as of now: the ledger and the debtor directory folded from every event. */
  reports(): ReportsState {
    return this.log.reports();
  }

  behaviourOf(debtorId: string): PaymentBehaviour {
    return paymentBehaviour(this.reports().ledger, this.tenantId, debtor(debtorId), this.today);
  }

  callSheetOf(debtorId: string): CallSheet {
    return callSheet(this.reports(), this.tenantId, debtor(debtorId), this.today);
  }

  /** The invoice's case file as the collector opens it; as the books showed it at `asOf`. */
  timelineOf(invoiceId: string, asOf?: string): InvoiceTimeline {
    const history = this.invoice(invoiceId).history();
    return asOf === undefined ? invoiceTimeline(history) : timelineAsOf(history, moment(asOf));
  }

  /** The payment term of a debtor's next invoice: agreed with the debtor, else the default. */
  paymentTermOf(debtorId: string): number {
    const state = this.debtor(debtorId).state();
    const policy = this.settings().state().policy;
    return paymentTermFor(state.status === 'registered' ? state : null, policy);
  }

  /** What the scheduler would do next for an invoice, as of now. */
  nextActionOf(invoiceId: string): NextAction {
    return nextActionFor(this, this.invoice(invoiceId).state(), this.reports());
  }

  /**
   * One pass of the reminder saga as of now; every due action is executed as `scheduler`.
   * The scheduler only acts on what `nextAction` says is due, so a rejection means the
   * scheduling rules and the decider disagree: a core fault that fails the story at once.
   */
  schedulerPass(): readonly SchedulerDeed[] {
    this.passes += 1;
    const deeds = runSchedulerPass(this, this.passes);
    const refused = deeds.find((deed) => E.isLeft(deed.outcome));
    if (refused !== undefined) {
      throw new Error(`the invoice refused the scheduler: ${JSON.stringify(refused)}`);
    }
    return deeds;
  }

  /**
   * Lives through the days from `from` through `to`: a scheduler pass at 09:00 Amsterdam on
   * every business day, then at 14:00 whatever the agenda says happens that day (a payment,
   * a call), weekend or not. Answers what the scheduler did.
   */
  runDays(from: string, to: string, agenda: Agenda = {}): readonly SchedulerDeed[] {
    const deeds: SchedulerDeed[] = [];
    for (let d = day(from); d <= day(to); d = addDays(d, 1)) {
      if (isBusinessDay(d, DUTCH_BUSINESS_CALENDAR)) {
        this.moveTo(instantAt(d, SCHEDULER_HOUR));
        deeds.push(...this.schedulerPass());
      }
      const happen = agenda[d];
      if (happen !== undefined) {
        this.moveTo(instantAt(d, AGENDA_HOUR));
        happen(this);
      }
    }
    return deeds;
  }

  private moveTo(next: Instant): this {
    if (compareInstants(next, this.clock) < 0) {
      throw new Error(`the story clock cannot go back from ${this.clock} to ${next}`);
    }
    this.clock = next;
    return this;
  }
}
