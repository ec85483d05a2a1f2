import { STREAM_COUNT } from './bench-events';

/** How much work each figure does, all derived from `--events` so one knob scales the run. */
export interface BenchSizes {
  /** Single-event appends per SQLite pass (each one an fsync). */
  readonly singleAppends: number;
  /** Batches of BATCH_SIZE per pass, SQLite and PostgreSQL. */
  readonly batches: number;
  /** Single-event appends per concurrent PostgreSQL pass, over all clients. */
  readonly concurrentAppends: number;
  /** Events in the SQLite readAll data set. */
  readonly readAllEvents: number;
  /**
   * Events in the PostgreSQL readAll data sets, a small and a larger one: the adapter's
   * page query costs more per event as the table grows, so one size would hide it.
   */
  readonly postgresReadAllEvents: readonly number[];
  /** Single-event appends into, and then events read from, the in-memory store. */
  readonly memoryEvents: number;
  /** Events in the SQLite file the peak-RSS figure reads. */
  readonly rssEvents: number;
}

export const BATCH_SIZE = 100;
export const CONCURRENT_CLIENTS = 8;
/** Events each stream holds before a timed append pass, so appends meet existing streams. */
export const SEEDED_PER_STREAM = 5;

const share = (events: number, divisor: number, least: number): number =>
  Math.max(least, Math.round(events / divisor));

/** Whole multiples of the stream count, so every stream gets the same number of events. */
const perStreamMultiple = (events: number): number =>
  Math.max(1, Math.round(events / STREAM_COUNT)) * STREAM_COUNT;

/** The sizes for `events` (1,000,000 by default). */
export const benchSizes = (events: number): BenchSizes => ({
  singleAppends: share(events, 1_000, 50),
  batches: share(events, 5_000, 10),
  concurrentAppends: share(events, 200, 400),
  readAllEvents: perStreamMultiple(events / 10),
  // Both round to the same size when scaled far down: then there is one data set.
  postgresReadAllEvents: [
    ...new Set([perStreamMultiple(events / 500), perStreamMultiple(events / 100)]),
  ],
  memoryEvents: perStreamMultiple(events / 10),
  rssEvents: perStreamMultiple(events),
});
