import { openStores, Stores } from '@debiteur/application';
import { EventStore } from '@debiteur/eventstore';
import { CliIo, UsageError } from '../cli-io';
import { EventSource, openEventSource } from '../analyst/event-source';
import { sourceProgress } from '../analyst/source-progress';
import { JsonlLineInvalid, readJsonlNumberedPages } from '../jsonl/jsonl-events';
import { storeLocation } from '../store-option';
import { appendRuns } from './append-runs';
import { ImportCheck } from './import-check';
import { NumberedEvent, streamRuns } from './stream-runs';

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
    /** Each stream that differs, with its version in the store and its last in the file. */
    readonly streams: readonly string[],
  ) {
    super(
      `count check failed: ${inFile} events in the file, ${inStore} in the store for those ` +
        `streams (differing: ${streams.slice(0, 5).join(', ')}${streams.length > 5 ? ', …' : ''})`,
    );
    this.name = 'ImportCountMismatch';
  }
}

const CHECK_CONCURRENCY = 16;

/**
 * The most runs one PostgreSQL transaction of the import carries, as SQLite's group: the
 * target is opened with group commit, which only a bulk writer asks for (ADR 0039).
 */
const POSTGRES_GROUP = 256;

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
      if (version !== last) differing.push(`${id} (store ${version}, file ${last})`);
    });
  }
  return { inStore, differing };
};

/**
 * The first pass: every line and event of the file checked before anything is written,
 * each problem printed (naming line, stream, version and reason). The number of problems.
 */
const checkFile = async (
  io: CliIo,
  file: string,
  source: EventSource,
  serviceStreams: boolean,
): Promise<number> => {
  const check = new ImportCheck(file, serviceStreams);
  const progress = await sourceProgress('check', source);
  let problems = 0;
  const tell = (message: string) => {
    problems += 1;
    io.err(message);
  };
  try {
    const pages = readJsonlNumberedPages(file, { onInvalidLine: (line) => tell(line.message) });
    for await (const { events, lines } of pages) {
      events.forEach((event, k) => {
        for (const problem of check.check(event, lines[k] ?? 0).problems) tell(problem.message);
      });
      progress.tick(events.length);
    }
  } finally {
    progress.stop();
  }
  return problems;
};

/**
 * `debiteur import --format jsonl <file>`: first checks the whole file as `debiteur verify`
 * would (ImportCheck) and, if any line or event is wrong, lists each and imports nothing
 * (exit 1). Then appends the events of the streams it imports to `--store`, run by run
 * (consecutive events of a stream), each at its original version and with its original
 * event id, in file order (`appendRuns`: a group's worth at once on SQLite and PostgreSQL),
 * so a store moves to another (SQLite → PostgreSQL) unchanged and a second import changes
 * nothing; each run is checked again as it is read (the file may have changed). A target
 * whose own stream differs stops the import at that run (the runs of other streams in its
 * batch behind it are stored: events of the checked file, which a second import skips).
 * Ends with a count check: the store's version of every imported stream must be the file's
 * last version of it; if not, it fails (exit 1).
 */
export const runImport = async (io: CliIo, file: string, options: ImportOptions): Promise<void> => {
  if (options.format !== undefined && options.format !== 'jsonl') {
    throw new UsageError('import reads --format jsonl only (write one with debiteur export)');
  }
  const serviceStreams = options.serviceStreams === true;
  const source = await openEventSource(`jsonl:${file}`);
  // Opened first: a store that cannot be reached fails before the file is read.
  const stores = await openStores(storeLocation(options, io), {
    appendsInOneCommit: POSTGRES_GROUP,
  });
  try {
    const problems = await checkFile(io, file, source, serviceStreams);
    if (problems > 0) {
      io.err(
        `debiteur: import refused: ${problems} problem${problems === 1 ? '' : 's'} in ${file}; ` +
          'nothing was imported.',
      );
      process.exitCode = 1;
      return;
    }
    await importFile(io, file, source, stores, serviceStreams);
  } finally {
    await stores.close();
    await source.close();
  }
};

/** The second pass: the checked file appended run by run, then the count check. */
const importFile = async (
  io: CliIo,
  file: string,
  source: EventSource,
  stores: Stores,
  serviceStreams: boolean,
): Promise<void> => {
  const progress = await sourceProgress('import', source);
  const check = new ImportCheck(file, serviceStreams);
  const lastVersions = new Map<string, number>();
  let inFile = 0;
  let appended = 0;
  let alreadyThere = 0;
  try {
    const imported = async function* (): AsyncGenerator<NumberedEvent> {
      for await (const { events, lines } of readJsonlNumberedPages(file)) {
        for (const [k, event] of events.entries()) {
          const line = lines[k] ?? 0;
          const { role, problems } = check.check(event, line);
          const [problem] = problems;
          if (problem !== undefined) {
            throw new JsonlLineInvalid(
              file,
              line,
              `${problem.problem} (the file changed since it was checked)`,
              event,
            );
          }
          if (role === 'imported') yield { event, line };
        }
        progress.tick(events.length);
      }
    };
    await appendRuns(stores.events, file, streamRuns(imported()), (run, counts) => {
      appended += counts.appended;
      alreadyThere += counts.alreadyThere;
      inFile += run.events.length;
      const last = run.events[run.events.length - 1];
      if (last !== undefined) lastVersions.set(run.streamId, last.streamVersion);
    });
    progress.stop();
    const { inStore, differing } = await countCheck(stores.events, lastVersions);
    const { serviceSkipped, foreign } = check;
    io.err(
      `Imported ${file} into ${stores.description}: ${appended} events appended, ` +
        `${alreadyThere} already there, ${serviceSkipped} in service streams skipped` +
        (foreign > 0 ? `, ${foreign} of streams Debiteur did not make left out.` : '.'),
    );
    io.out(
      JSON.stringify({
        inFile,
        inStore,
        streams: lastVersions.size,
        appended,
        alreadyThere,
        skipped: serviceSkipped,
        foreign,
      }),
    );
    if (differing.length > 0) throw new ImportCountMismatch(inFile, inStore, differing);
  } finally {
    progress.stop();
  }
};
