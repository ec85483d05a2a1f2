import { PassSummary } from '@debiteur/application';
import {
  businessDateOf,
  DueInvoiceRef,
  Instant,
  invoicesDueBy,
  officeClosedAt,
  OfficeHours,
} from '@debiteur/core';
import { EventStore } from '@debiteur/eventstore';
import { DueActionsReadModel } from '../due-actions/due-actions-read-model';
import { SchedulerLogger } from '../scheduler/scheduler-logger';
import { actOnInvoice, InvoiceTurn } from './act-on-invoice';
import { addTallies, emptyTally, InvoiceTally } from './pass-tally';

export interface PassDeps {
  readonly events: EventStore;
  readonly readModel: DueActionsReadModel;
  readonly officeHours: OfficeHours;
  readonly actor: string;
  /** Invoices worked on at once; the store decides whether that helps (PostgreSQL: yes). */
  readonly concurrency: number;
  readonly newCorrelationId: () => string;
  readonly logger: SchedulerLogger;
  /** Wall-clock milliseconds, for the summary's duration only. */
  readonly millis: () => number;
  readonly onActed?: InvoiceTurn['onActed'];
}

/** Runs `work` over `items` with at most `concurrency` at a time. */
const eachLimited = async <T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> => {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
};

/**
 * One saga pass as of an instant. Outside office hours, or on a weekend or Dutch holiday,
 * it sends nothing and says why. Otherwise it catches the due-actions read model up, takes
 * the invoices whose next action falls due by the business date of `asOf`, and brings each
 * up to date on its own stream (see `actOnInvoice`). Every command is stamped with `asOf`,
 * so a pass for a past instant (catch-up after downtime, a test) acts as it would have then.
 * An invoice whose turn fails is logged and left to the next pass.
 */
export const runPass = async (deps: PassDeps, asOf: Instant): Promise<PassSummary> => {
  const started = deps.millis();
  const closed = officeClosedAt(asOf, deps.officeHours);
  const caughtUp = await deps.readModel.catchUp();
  const base = { asOf, caughtUpEvents: caughtUp.applied };
  if (closed !== null) {
    return {
      ...base,
      examined: 0,
      acted: 0,
      refused: 0,
      conflicts: 0,
      failed: 0,
      outsideOfficeHours: true,
      closed,
      durationMs: deps.millis() - started,
    };
  }
  const schedule = deps.readModel.current();
  const due = invoicesDueBy(schedule, businessDateOf(asOf));
  const turn: InvoiceTurn = {
    events: deps.events,
    schedule,
    asOf,
    actor: deps.actor,
    correlationId: deps.newCorrelationId(),
    ...(deps.onActed === undefined ? {} : { onActed: deps.onActed }),
  };
  let tally: InvoiceTally = emptyTally;
  await eachLimited(due, deps.concurrency, async (ref: DueInvoiceRef) => {
    try {
      // Awaited first: `tally` must be read after the turn, other workers add to it meanwhile.
      const done = await actOnInvoice(turn, ref);
      tally = addTallies(tally, done);
    } catch (error) {
      tally = addTallies(tally, { ...emptyTally, failed: 1 });
      deps.logger.error(
        { err: error, streamId: ref.streamId, correlationId: turn.correlationId },
        'scheduler could not act on an invoice',
      );
    }
  });
  return {
    ...base,
    examined: due.length,
    acted: tally.acted,
    refused: tally.refused,
    conflicts: tally.conflicts,
    failed: tally.failed,
    byAction: tally.byAction,
    outsideOfficeHours: false,
    durationMs: deps.millis() - started,
  };
};
