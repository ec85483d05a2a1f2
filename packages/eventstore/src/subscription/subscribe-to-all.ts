import { setTimeout as sleep } from 'node:timers/promises';
import { EventStore, GlobalPosition, ReadAllFilter, RecordedEvent } from '../event-store.port';

export interface SubscribeToAllOptions {
  /** Deliver events strictly after this checkpoint; null: from the first event. */
  readonly after: GlobalPosition | null;
  readonly filter?: ReadAllFilter;
  /** Pause after catching up before reading again. Default 250 ms. */
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
  /** Ends the subscription; the promise then resolves with the last handled position. */
  readonly signal: AbortSignal;
}

const DEFAULT_POLL_INTERVAL_MS = 250;

/**
 * A catch-up subscription that works on every store: it follows `readAll` from a checkpoint,
 * hands each event to `handle` one at a time, in the global order, and polls for new ones
 * once caught up. It inherits readAll's guarantee: no event that commits late is skipped.
 * The caller owns the checkpoint: persist the position `handle` receives (the projection
 * runner does so atomically with its state). Resolves with the last handled position when
 * `signal` aborts; a throwing handler ends the subscription with that error, so the next
 * subscription resumes from the caller's last stored checkpoint.
 */
export const subscribeToAll = async (
  store: EventStore,
  options: SubscribeToAllOptions,
  handle: (event: RecordedEvent) => Promise<void>,
): Promise<GlobalPosition | null> => {
  let position = options.after;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  while (!options.signal.aborted) {
    const reads = store.readAll({
      after: position,
      ...(options.filter === undefined ? {} : { filter: options.filter }),
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    });
    for await (const event of reads) {
      if (options.signal.aborted) return position;
      await handle(event);
      position = event.globalPosition;
    }
    await sleep(pollIntervalMs, undefined, { signal: options.signal }).catch(() => undefined);
  }
  return position;
};
