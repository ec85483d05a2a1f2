import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { StoreUnavailable } from '@debiteur/eventstore';
import { EventRow } from './event-rows';
import { ReadAllParams } from './event-statements';

/** Pages the reading thread may have read before the consumer has taken them. */
const PAGES_AHEAD = 2;

/**
 * The reading thread's young generation: everything it allocates (a page's rows and their
 * values) is gone once the page is posted, so a small one suffices; V8's default would let
 * it grow to tens of megabytes of resident memory (docs/adr/0018).
 */
const READER_YOUNG_GENERATION_MB = 4;

/** The rest of a bulk read: the page query, its parameters, and where the read stands. */
export interface ReadAheadQuery {
  /** The database file (read-only, on a connection of the reading thread's own). */
  readonly path: string;
  readonly sql: string;
  readonly params: Omit<ReadAllParams, 'after' | 'limit'>;
  /** The position of the last event already handed over. */
  readonly after: bigint;
  readonly limit: number;
}

/** A page as the reading thread posts it: the rows' values, flattened row after row. */
type PageMessage =
  | { readonly values: EventRow[number][]; readonly last: boolean }
  | { readonly error: { readonly message: string; readonly code?: string } };

/**
 * The pages of a bulk read, each as its rows' values flattened, read by a thread of its own
 * (page-reader.worker.js): the SQLite reads run beside the consumer's work on the page
 * before, at most `PAGES_AHEAD` pages ahead of it, so memory stays bounded (docs/adr/0018).
 * The thread ends with the read, or when the consumer stops early.
 */
export async function* readAheadPages(
  query: ReadAheadQuery,
): AsyncGenerator<EventRow[number][], void, undefined> {
  const worker = new Worker(join(__dirname, 'page-reader.worker.js'), {
    workerData: query,
    resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB },
  });
  const arrived: PageMessage[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const woken = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (page: PageMessage) => {
    arrived.push(page);
    woken();
  });
  worker.on('error', (error) => {
    failure = new StoreUnavailable(`Reading ${query.path} failed: ${error.message}`, {
      cause: error,
    });
    woken();
  });
  worker.on('exit', () => {
    failure ??= new StoreUnavailable('The SQLite reading thread ended before the read did');
    woken();
  });
  worker.postMessage(PAGES_AHEAD);
  try {
    for (;;) {
      const page = arrived.shift();
      if (page === undefined) {
        if (failure !== null) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if ('error' in page) {
        throw new StoreUnavailable(`Reading ${query.path} failed: ${page.error.message}`);
      }
      if (!page.last) worker.postMessage(1);
      if (page.values.length > 0) yield page.values;
      if (page.last) return;
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
