import {
  EventIdReused,
  EventStore,
  EventToAppend,
  ExpectedVersionConflict,
  RecordedEvent,
  StoreUnavailable,
} from '@debiteur/eventstore';
import { StreamRun } from './stream-runs';

export interface ImportCounts {
  readonly appended: number;
  readonly alreadyThere: number;
}

/**
 * The most events one batch of runs in flight holds, whatever the store's group size: a run
 * holds up to 500, so runs alone would not bound an import's memory.
 */
const EVENTS_IN_FLIGHT = 10_000;

/** The event as the file has it, keeping the instant its source store recorded (ADR 0027). */
const toAppend = (event: RecordedEvent): EventToAppend => ({
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data,
  metadata: event.metadata,
  originallyRecordedAt: event.recordedAt,
});

/**
 * The store's refusal of a run, naming the file's line and what the target holds: the
 * target's own stream is not the file's (an earlier, different import, or other writes); or
 * a store out of reach (a write lock held too long, a lost connection), which the same
 * import run again finishes, as it skips what is stored.
 */
const withLine = (error: unknown, file: string, run: StreamRun): unknown => {
  const first = run.events[0];
  const at = `${file}:${run.lines[0] ?? '?'}: ${run.streamId}@${first?.streamVersion ?? '?'}: `;
  if (error instanceof ExpectedVersionConflict) {
    error.message =
      `${at}the target already holds ${run.streamId} at version ${error.actual}, not with ` +
      `the file's events (the file's run needs it at version ${(first?.streamVersion ?? 1) - 1}); ` +
      'import into an empty store, or one this file was imported into before';
  } else if (error instanceof EventIdReused) {
    error.message = `${at}${error.message} in the target (event id ${error.eventId})`;
  } else if (error instanceof StoreUnavailable) {
    error.message =
      `${at}${error.message}; the file's events before this line are stored: ` +
      'run the import again to finish (it skips them)';
  }
  return error;
};

/** One run appended at its file version: all of it, or none if every event is stored. */
const appendWhole = async (store: EventStore, run: StreamRun): Promise<ImportCounts> => {
  const first = run.events[0];
  if (first === undefined) return { appended: 0, alreadyThere: 0 };
  const result = await store.appendToStream(run.streamId, run.events.map(toAppend), {
    expectedVersion: first.streamVersion - 1,
  });
  return result.alreadyAppended
    ? { appended: 0, alreadyThere: run.events.length }
    : { appended: run.events.length, alreadyThere: 0 };
};

/**
 * Appends one run at the version it had in the export, with its original event ids: a run
 * already stored is a no-op (idempotent by event id); a run partly stored (an earlier
 * import of a file cut inside this run) is appended event by event, skipping those there.
 */
const appendRun = async (store: EventStore, run: StreamRun): Promise<ImportCounts> => {
  try {
    return await appendWhole(store, run);
  } catch (error) {
    if (!(error instanceof EventIdReused) || run.events.length === 1) throw error;
  }
  let appended = 0;
  let alreadyThere = 0;
  for (const [k, event] of run.events.entries()) {
    const one = { streamId: run.streamId, events: [event], lines: [run.lines[k] ?? 0] };
    const counts = await appendRun(store, one);
    appended += counts.appended;
    alreadyThere += counts.alreadyThere;
  }
  return { appended, alreadyThere };
};

type Outcome = { readonly counts: ImportCounts } | { readonly failed: unknown };

/**
 * The runs in consecutive batches of at most `size` runs and about `EVENTS_IN_FLIGHT`
 * events, no stream twice in one: a run of a stream already in the batch starts the next.
 */
async function* batchesOf(
  runs: AsyncIterable<StreamRun>,
  size: number,
): AsyncGenerator<StreamRun[]> {
  let batch: StreamRun[] = [];
  let streams = new Set<string>();
  let events = 0;
  for await (const run of runs) {
    const full = batch.length >= size || events + run.events.length > EVENTS_IN_FLIGHT;
    if (batch.length > 0 && (full || streams.has(run.streamId))) {
      yield batch;
      batch = [];
      streams = new Set();
      events = 0;
    }
    batch.push(run);
    streams.add(run.streamId);
    events += run.events.length;
  }
  if (batch.length > 0) yield batch;
}

/**
 * Appends an import's runs in file order and tells `onAppended` of each, in file order. On
 * a store that commits the appends made in one turn together, in call order
 * (`appendsInOneCommit`: SQLite's group commit, and PostgreSQL's that the import opens it
 * with, ADR 0039), a batch of runs is made in one turn and settled before the next, so
 * hundreds share a transaction and its commit, and a group that fails as a whole leaves
 * nothing after it written; elsewhere (EventStoreDB, a store opened without it) each run is
 * awaited before the next, which alone keeps the file's order. A batch holds no
 * stream twice, so a run refused (a target whose stream is not the file's) has no later run
 * of its stream written on top. A run refused in a batch is appended again, alone, once those
 * before it have settled: a run partly stored by an earlier import, or one of a group that
 * failed as a whole, succeeds so (a partly stored run is then stored after the rest of its
 * batch, the one case in which the store's order is not the file's); a run refused alone
 * fails the import, naming its line.
 */
export const appendRuns = async (
  store: EventStore,
  file: string,
  runs: AsyncIterable<StreamRun>,
  onAppended: (run: StreamRun, counts: ImportCounts) => void,
): Promise<void> => {
  const alone = async (run: StreamRun): Promise<void> => {
    const counts = await appendRun(store, run).catch((error: unknown) => {
      throw withLine(error, file, run);
    });
    onAppended(run, counts);
  };
  const together = store.appendsInOneCommit ?? 1;
  if (together <= 1) {
    for await (const run of runs) await alone(run);
    return;
  }
  for await (const batch of batchesOf(runs, together)) {
    // Made in one turn, without awaiting: one group, one transaction.
    const outcomes = batch.map((run) =>
      appendWhole(store, run).then(
        (counts): Outcome => ({ counts }),
        (failed: unknown): Outcome => ({ failed }),
      ),
    );
    for (const [k, run] of batch.entries()) {
      const settled = await outcomes[k];
      if (settled !== undefined && 'counts' in settled) onAppended(run, settled.counts);
      else await alone(run);
    }
  }
};
