import { openStores } from '@debiteur/application';
import {
  decodedOrThrow,
  decodeRecordedEvent,
  EventIdReused,
  EventStore,
  EventToAppend,
  RecordedEvent,
  streamCategory,
} from '@debiteur/eventstore';
import { CliIo, UsageError } from '../cli-io';
import { openEventSource, passesFilter } from '../analyst/event-source';
import { DOMAIN_CATEGORIES, domainFilter } from '../analyst/service-streams';
import { sourceProgress } from '../analyst/source-progress';
import { storeLocation } from '../store-option';
import { streamRuns } from './stream-runs';

export interface ImportOptions {
  readonly store?: string;
  readonly format?: string;
  readonly serviceStreams?: boolean;
}

/** The count check failed: the store does not hold what the file holds. */
export class ImportCountMismatch extends Error {
  constructor(
    readonly inFile: number,
    readonly inStore: number,
    readonly streams: readonly string[],
  ) {
    super(
      `count check failed: ${inFile} events in the file, ${inStore} in the store for those ` +
        `streams (differing: ${streams.slice(0, 5).join(', ')}${streams.length > 5 ? ', …' : ''})`,
    );
    this.name = 'ImportCountMismatch';
  }
}

/** The event as the file has it, keeping the instant its source store recorded (ADR 0027). */
const toAppend = (event: RecordedEvent): EventToAppend => ({
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data,
  metadata: event.metadata,
  originallyRecordedAt: event.recordedAt,
});

const isDomainStream = (streamId: string): boolean =>
  (DOMAIN_CATEGORIES as readonly string[]).includes(streamCategory(streamId));

/**
 * Every domain event of a run must decode (through the upcasters) before any of it is
 * appended: what a store holds was checked on the way in, which is what lets a replay trust
 * it (docs/adr/0012). A bad event throws EventDecodeFailed, naming stream and version. (The
 * file's reader has already refused a line whose `recordedAt` no store could keep.)
 */
const checkDecodes = (streamId: string, events: readonly RecordedEvent[]): void => {
  if (!isDomainStream(streamId)) return;
  for (const event of events) decodedOrThrow(event, decodeRecordedEvent(event));
};

export interface ImportCounts {
  readonly appended: number;
  readonly alreadyThere: number;
}

/**
 * Appends one run at the version it had in the export, with its original event ids: a run
 * already stored is a no-op (idempotent by event id); a run partly stored (an import cut
 * off halfway) is appended event by event, skipping those already there.
 */
const appendRun = async (
  store: EventStore,
  streamId: string,
  events: readonly RecordedEvent[],
): Promise<ImportCounts> => {
  const first = events[0];
  if (first === undefined) return { appended: 0, alreadyThere: 0 };
  try {
    const result = await store.appendToStream(streamId, events.map(toAppend), {
      expectedVersion: first.streamVersion - 1,
    });
    return result.alreadyAppended
      ? { appended: 0, alreadyThere: events.length }
      : { appended: events.length, alreadyThere: 0 };
  } catch (error) {
    if (!(error instanceof EventIdReused) || events.length === 1) throw error;
  }
  let appended = 0;
  let alreadyThere = 0;
  for (const event of events) {
    const counts = await appendRun(store, streamId, [event]);
    appended += counts.appended;
    alreadyThere += counts.alreadyThere;
  }
  return { appended, alreadyThere };
};

const CHECK_CONCURRENCY = 16;

/** Streams whose version in the store differs from the last version the file holds. */
const countCheck = async (
  store: EventStore,
  lastVersions: ReadonlyMap<string, number>,
): Promise<{ inStore: number; differing: string[] }> => {
  const streams = [...lastVersions.entries()];
  let inStore = 0;
  const differing: string[] = [];
  for (let i = 0; i < streams.length; i += CHECK_CONCURRENCY) {
    const slice = streams.slice(i, i + CHECK_CONCURRENCY);
    const versions = await Promise.all(slice.map(([id]) => store.streamVersion(id)));
    slice.forEach(([id, last], k) => {
      const version = versions[k] ?? 0;
      inStore += version;
      if (version !== last) differing.push(id);
    });
  }
  return { inStore, differing };
};

/**
 * `debiteur import --format jsonl <file>`: appends the file's events to `--store` stream by
 * stream, each at its original version and with its original event id, in file order, so
 * a store moves to another (SQLite → PostgreSQL) unchanged and a second import changes
 * nothing. Service streams are skipped unless `--service-streams`. Ends with a count
 * check: the store's version of every imported stream must be the file's last version
 * of it (a stream's version counts its events); if not, it fails (exit 1).
 */
export const runImport = async (io: CliIo, file: string, options: ImportOptions): Promise<void> => {
  if (options.format !== undefined && options.format !== 'jsonl') {
    throw new UsageError('import reads --format jsonl only (write one with debiteur export)');
  }
  const filter = domainFilter(options);
  const source = await openEventSource(`jsonl:${file}`);
  const stores = await openStores(storeLocation(options, io));
  const progress = await sourceProgress('import', source, filter);
  const lastVersions = new Map<string, number>();
  let inFile = 0;
  let appended = 0;
  let alreadyThere = 0;
  let skipped = 0;
  try {
    const wanted = async function* () {
      for await (const event of source.events()) {
        if (passesFilter(event, filter)) yield event;
        else skipped += 1;
      }
    };
    for await (const run of streamRuns(wanted())) {
      checkDecodes(run.streamId, run.events);
      const counts = await appendRun(stores.events, run.streamId, run.events);
      appended += counts.appended;
      alreadyThere += counts.alreadyThere;
      inFile += run.events.length;
      const last = run.events[run.events.length - 1];
      if (last !== undefined) lastVersions.set(run.streamId, last.streamVersion);
      progress.tick(run.events.length);
    }
    progress.stop();
    const { inStore, differing } = await countCheck(stores.events, lastVersions);
    io.err(
      `Imported ${file} into ${stores.description}: ${appended} events appended, ` +
        `${alreadyThere} already there, ${skipped} in service streams skipped.`,
    );
    io.out(
      JSON.stringify({
        inFile,
        inStore,
        streams: lastVersions.size,
        appended,
        alreadyThere,
        skipped,
      }),
    );
    if (differing.length > 0) throw new ImportCountMismatch(inFile, inStore, differing);
  } finally {
    progress.stop();
    await stores.close();
    await source.close();
  }
};
