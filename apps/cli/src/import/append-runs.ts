import {
  EventIdReused,
  EventStore,
  EventToAppend,
  ExpectedVersionConflict,
  RecordedEvent,
} from '@debiteur/eventstore';
import { StreamRun } from './stream-runs';

export interface ImportCounts {
  readonly appended: number;
  readonly alreadyThere: number;
}

/**
 * Runs an import keeps in flight on a store that commits appends in call order: four of
 * SQLite's default groups (256 appends, one transaction and one fsync each), so one group
 * commits while the next is being read from the file.
 */
export const RUNS_IN_FLIGHT = 1_024;

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
 * target's own stream is not the file's (an earlier, different import, or other writes).
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

interface InFlight {
  readonly run: StreamRun;
  readonly outcome: Promise<Outcome>;
}

/**
 * Appends an import's runs in file order and tells `onAppended` of each, in file order. On
 * a store that commits appends in call order (SQLite) up to `RUNS_IN_FLIGHT` runs are in
 * flight at once, so hundreds share a transaction and its fsync; elsewhere (PostgreSQL,
 * EventStoreDB) each run is awaited before the next, which alone keeps the file's order.
 * A run refused in flight is appended again once those before it have settled, alone (a
 * run partly stored, and its stream's later runs, succeed so: they are then stored after
 * the runs behind them, the one case in which the store's order is not the file's); a run
 * refused alone fails the import, naming its line.
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
  if (store.appendsCommitInCallOrder !== true) {
    for await (const run of runs) await alone(run);
    return;
  }
  let inFlight: InFlight[] = [];
  const settle = async (): Promise<void> => {
    const settling = inFlight;
    inFlight = [];
    for (const { run, outcome } of settling) {
      const settled = await outcome;
      if ('counts' in settled) onAppended(run, settled.counts);
      else await alone(run);
    }
  };
  for await (const run of runs) {
    const outcome = appendWhole(store, run).then(
      (counts): Outcome => ({ counts }),
      (failed: unknown): Outcome => ({ failed }),
    );
    inFlight.push({ run, outcome });
    if (inFlight.length >= RUNS_IN_FLIGHT) await settle();
  }
  await settle();
};
