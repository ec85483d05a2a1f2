import { Clock, PassSummary, SagaControl, SagaStatus, Stores } from '@debiteur/application';
import { Instant } from '@debiteur/core';
import { randomUUID } from 'node:crypto';
import { DueActionsReadModel } from '../due-actions/due-actions-read-model';
import { InvoiceTurn } from '../pass/act-on-invoice';
import { runPass } from '../pass/run-pass';
import { SchedulerLogger, silentLogger } from './scheduler-logger';
import { resolveSchedulerOptions, SchedulerOptions } from './scheduler-options';

/** The reminder saga: passes on demand (`runPassAsOf`) or every interval (`start`). */
export interface Scheduler extends SagaControl {
  /** Runs a pass as of `clock.now()` now and then every `intervalMs`, until `stop`. */
  start(): void;
  /** Stops the interval, waits for a running pass to finish, commits the read model. */
  stop(): Promise<void>;
}

export interface SchedulerDeps {
  readonly stores: Stores;
  readonly clock: Clock;
  readonly options?: SchedulerOptions;
  readonly logger?: SchedulerLogger;
  /** Called after each accepted command; for tests that watch a pass as it goes. */
  readonly onActed?: InvoiceTurn['onActed'];
}

const PENDING_CAP = 10_000;

/**
 * Builds the reminder saga on a store. Passes of one scheduler never overlap: a pass asked
 * for while another runs waits for it. Several schedulers (processes) may run on the same
 * store at once: each decides on the invoice's own stream at an exact version, so no
 * reminder goes out twice (docs/scheduler.md). No timer holds state: the interval only
 * triggers passes, and what is due is read from the events.
 */
export const createScheduler = (deps: SchedulerDeps): Scheduler => {
  const options = resolveSchedulerOptions(deps.options);
  const logger = deps.logger ?? silentLogger;
  const readModel = new DueActionsReadModel({
    events: deps.stores.events,
    projections: deps.stores.projections,
    commitEvery: options.commitEvery,
    commitAfterMs: options.commitAfterMs,
  });
  let lastPass: PassSummary | null = null;
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const passAsOf = async (asOf: Instant): Promise<PassSummary> => {
    const summary = await runPass(
      {
        events: deps.stores.events,
        readModel,
        officeHours: options.officeHours,
        actor: options.actor,
        concurrency: options.concurrency,
        newCorrelationId: () => `scheduler-pass-${randomUUID()}`,
        logger,
        millis: Date.now,
        ...(deps.onActed === undefined ? {} : { onActed: deps.onActed }),
      },
      asOf,
    );
    lastPass = summary;
    logger.info({ pass: summary }, 'scheduler pass done');
    return summary;
  };

  const runPassAsOf = (asOf: Instant): Promise<PassSummary> => {
    const next = queue.then(
      () => passAsOf(asOf),
      () => passAsOf(asOf),
    );
    queue = next.catch(() => undefined);
    return next;
  };

  const tick = async (): Promise<void> => {
    timer = null;
    if (!running) return;
    try {
      await runPassAsOf(deps.clock.now());
    } catch (error) {
      logger.error({ err: error }, 'scheduler pass failed; the next one tries again');
    }
    if (running) timer = setTimeout(() => void tick(), options.intervalMs);
  };

  return {
    runPassAsOf,
    async status(): Promise<SagaStatus> {
      const lag = await readModel.lag(PENDING_CAP);
      return { running, lastPass, pendingEvents: lag.pending, pendingCapped: lag.capped };
    },
    start() {
      if (running) return;
      running = true;
      timer = setTimeout(() => void tick(), 0);
    },
    async stop() {
      running = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await queue;
      await readModel.commit().catch((error: unknown) => {
        logger.error({ err: error }, 'scheduler could not commit its read model');
      });
    },
  };
};
