import { GlobalPosition, ReadAllOptions } from '@debiteur/eventstore';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Language } from '../reminder-message';
import { DeliveryClaims } from './delivery-claims';
import { messageOf, Outcome, reminderHandler } from './deliver-reminder';
import {
  DeliveryFailure,
  DeliveryLag,
  DeliveryLogger,
  DeliveryRunSummary,
  DeliveryWait,
  ReminderDelivery,
  ReminderDeliveryOptions,
  UndeliverableEntry,
} from './reminder-delivery.types';

/** The name under which delivery keeps its checkpoint in the projection store. */
export const REMINDER_DELIVERY_CHECKPOINT = 'reminder-delivery';

const DEFAULT_POLL_INTERVAL_MS = 1_000;
const DEFAULT_LEASE_MS = 120_000;
const MAX_BACKOFF_MS = 60_000;
const LAG_SCAN_LIMIT = 10_000;

/** Writes warnings and errors to stderr as JSON lines; stays quiet about routine runs. */
export const consoleDeliveryLogger: DeliveryLogger = {
  info: () => undefined,
  warn: (fields, message) => console.error(JSON.stringify({ level: 'warn', message, ...fields })),
  error: (fields, message) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
};

interface Totals {
  readonly delivered: number;
  readonly undeliverable: number;
}

const readTotals = (state: unknown): Totals => {
  const s = (state ?? {}) as Partial<Record<keyof Totals, unknown>>;
  const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);
  return { delivered: count(s.delivered), undeliverable: count(s.undeliverable) };
};

/**
 * Delivery follows the `ReminderSent` events with its own checkpoint: the events are the
 * outbox. For each reminder after the checkpoint it loads the invoice as it stood then and
 * the debtor as now, renders the letter, hands it to the port, and only then moves the
 * checkpoint past it. A crash or a failed delivery therefore leaves the reminder after the
 * checkpoint, to be delivered again (at least once); the port's idempotency key (the event
 * id) lets a retried delivery be recognised, and each reminder's delivery record (a claim
 * with a lease, then its outcome) keeps several followers on one store from handing the
 * same reminder to the port twice. Runs of one instance are serialised.
 */
export const createReminderDelivery = (options: ReminderDeliveryOptions): ReminderDelivery => {
  const { events, projections } = options.stores;
  const logger = options.logger ?? consoleDeliveryLogger;
  const name = options.checkpointName ?? REMINDER_DELIVERY_CHECKPOINT;
  const claims = new DeliveryClaims({
    events,
    instanceId: options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    now: options.wallClock ?? Date.now,
  });
  const handle = reminderHandler({
    events,
    port: options.port,
    claims,
    logger,
    languageFor: (tenantId: string): Language =>
      options.tenants?.[tenantId]?.language ?? options.language ?? 'nl',
    senderFor: (tenantId: string): string | null =>
      options.tenants?.[tenantId]?.senderName ?? options.senderName ?? null,
  });
  let queue: Promise<unknown> = Promise.resolve();

  const readOptions = (after: GlobalPosition | null): ReadAllOptions => ({
    after,
    filter: { categories: ['invoice'] },
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  });

  const run = async (): Promise<DeliveryRunSummary> => {
    const committed = await projections.load(name);
    let checkpoint: GlobalPosition | null = committed?.checkpoint ?? null;
    let savedCheckpoint = checkpoint;
    let totals = readTotals(committed?.state);
    const save = async () => {
      if (checkpoint === null || checkpoint === savedCheckpoint) return;
      await projections.commit(name, { checkpoint, state: totals });
      savedCheckpoint = checkpoint;
    };
    const counts = { examined: 0, delivered: 0, alreadyDelivered: 0, skipped: 0 };
    const undeliverable: UndeliverableEntry[] = [];
    let failure: DeliveryFailure | null = null;
    let waiting: DeliveryWait | null = null;
    const commitEvery = Math.max(1, options.batchSize ?? 100);
    let sinceCommit = 0;

    for await (const recorded of events.readAll(readOptions(checkpoint))) {
      counts.examined += 1;
      let outcome: Outcome;
      try {
        outcome = await handle(recorded);
      } catch (error) {
        failure = {
          eventId: recorded.eventId,
          streamId: recorded.streamId,
          tenantId: recorded.metadata.tenantId,
          error: messageOf(error),
        };
        logger.error({ ...failure }, 'reminder delivery failed; retried on the next run');
        break;
      }
      if (outcome._tag === 'Busy') {
        waiting = { eventId: recorded.eventId, claimedBy: outcome.claimedBy, until: outcome.until };
        logger.info({ ...waiting }, 'reminder being delivered by another instance');
        break;
      }
      checkpoint = recorded.globalPosition;
      sinceCommit += 1;
      if (outcome._tag === 'Ignored' && sinceCommit < commitEvery) continue;
      if (outcome._tag === 'Delivered') counts.delivered += 1;
      if (outcome._tag === 'AlreadyDelivered') counts.alreadyDelivered += 1;
      if (outcome._tag === 'Skipped') counts.skipped += 1;
      if (outcome._tag === 'Undeliverable') undeliverable.push(outcome.entry);
      totals = {
        delivered: totals.delivered + (outcome._tag === 'Delivered' ? 1 : 0),
        undeliverable: totals.undeliverable + (outcome._tag === 'Undeliverable' ? 1 : 0),
      };
      // Each reminder handed over moves the checkpoint at once: a crash repeats at most one.
      await save();
      sinceCommit = 0;
    }
    await save();
    if (counts.delivered + undeliverable.length > 0) {
      logger.info({ ...counts, undeliverable: undeliverable.length }, 'reminders delivered');
    }
    return { ...counts, undeliverable, failure, waiting, checkpoint: savedCheckpoint };
  };

  const runOnce = (): Promise<DeliveryRunSummary> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const follow = async (signal: AbortSignal, pollIntervalMs = DEFAULT_POLL_INTERVAL_MS) => {
    let failures = 0;
    while (!signal.aborted) {
      try {
        const summary = await runOnce();
        failures = summary.failure === null ? 0 : failures + 1;
      } catch (error) {
        failures += 1;
        logger.error({ error: messageOf(error) }, 'reminder delivery run failed');
      }
      const wait = Math.min(MAX_BACKOFF_MS, pollIntervalMs * 2 ** Math.min(failures, 16));
      await sleep(wait, undefined, { signal }).catch(() => undefined);
    }
  };

  const lag = async (): Promise<DeliveryLag> => {
    const committed = await projections.load(name);
    let scanned = 0;
    let pending = 0;
    for await (const recorded of events.readAll(readOptions(committed?.checkpoint ?? null))) {
      if (scanned >= LAG_SCAN_LIMIT) return { pending, capped: true };
      scanned += 1;
      if (recorded.type === 'ReminderSent') pending += 1;
    }
    return { pending, capped: false };
  };

  return { runOnce, follow, lag };
};
