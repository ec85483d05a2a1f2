import { openStores, parseStoreLocation, Stores } from '@debiteur/application';
import { EventDecodeFailed, RecordedEvent, StreamCategory } from '@debiteur/eventstore';
import { statSync } from 'node:fs';
import { UsageError } from '../cli-io';
import { countJsonlEvents } from '../jsonl/count-jsonl-events';
import { OnInvalidLine, readJsonlEventPages } from '../jsonl/jsonl-events';
import { pagesPastUnreadable, UnreadableRow } from './pages-past-unreadable';

/** What the analyst commands read: a store's global order, or a JSONL event file. */
export interface EventSource {
  /** The location without secrets. */
  readonly description: string;
  /** The stores when the source is a store (null for a JSONL file). */
  readonly stores: Stores | null;
  /**
   * Every event in global order (file order for JSONL), streamed page by page: only the
   * events of `tenantId` and `categories` when given.
   */
  events(filter?: EventFilter): AsyncIterable<RecordedEvent>;
  /** The same events a page at a time (never an empty page): for folds over millions. */
  pages(filter?: EventFilter): AsyncIterable<readonly RecordedEvent[]>;
  /**
   * How many events `events(filter)` gives, for progress totals: counted by the store
   * (`countAll`); for a JSONL file its lines that are not blank (`countJsonlEvents`), or,
   * with a filter, the events of reading it through once.
   */
  count(filter?: EventFilter): Promise<number>;
  /**
   * Whether the source holds any event of the tenant, of any stream (service streams too):
   * read up to the first one. Lines of a JSONL file that hold no event are passed over,
   * left to the read to report.
   */
  holdsTenant(tenantId: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface EventFilter {
  readonly tenantId?: string;
  readonly categories?: readonly StreamCategory[];
}

/**
 * The page size of bulk reads. Not larger: a page of parsed events outlives V8's young
 * generation once it holds a few thousand, and the read then takes twice as long (ADR 0015).
 */
export const READ_BATCH = 1_000;

const JSONL_PREFIX = 'jsonl:';

const categoryOfStream = (streamId: string): string => {
  const colon = streamId.indexOf(':');
  return colon < 0 ? streamId : streamId.slice(0, colon);
};

/** Whether an event passes the filter: used for JSONL files, which the store cannot filter. */
export const passesFilter = (event: RecordedEvent, filter: EventFilter): boolean =>
  (filter.tenantId === undefined || event.metadata.tenantId === filter.tenantId) &&
  (filter.categories === undefined ||
    (filter.categories as readonly string[]).includes(categoryOfStream(event.streamId)));

/** The filter as a JSONL read's `keep`: none when it lets every event through. */
const keptBy = (filter: EventFilter): ((event: RecordedEvent) => boolean) | undefined =>
  filter.tenantId === undefined && filter.categories === undefined
    ? undefined
    : (event) => passesFilter(event, filter);

async function* eventsOf(
  pages: AsyncIterable<readonly RecordedEvent[]>,
): AsyncGenerator<RecordedEvent> {
  for await (const page of pages) yield* page;
}

/** Whether a location names a JSONL file (`jsonl:<path>`) rather than a store. */
export const isJsonlLocation = (location: string): boolean => location.startsWith(JSONL_PREFIX);

export const jsonlPathOf = (location: string): string => location.slice(JSONL_PREFIX.length);

export interface EventSourceOptions {
  /** For a JSONL file: what to do with a line that holds no event (default: fail the read). */
  readonly onInvalidLine?: OnInvalidLine;
  /**
   * For a store: what to do with a stored row that does not read back as an event (a SQLite
   * row whose metadata has no `actor`): told of it, `pages` and `events` go on past it
   * (`pagesPastUnreadable`); by default the read fails at it.
   */
  readonly onUnreadableRow?: (row: UnreadableRow) => void;
}

const skipLine: OnInvalidLine = () => undefined;

/** Whether the pages hold any event: stops reading at the first page. */
const anyPage = async (pages: AsyncIterable<readonly RecordedEvent[]>): Promise<boolean> => {
  for await (const page of pages) if (page.length > 0) return true;
  return false;
};

/** A source named by a file (`jsonl:`, `sqlite:`) that is not there: a mistyped path. */
export class SourceNotFound extends UsageError {
  constructor(location: string) {
    super(`${location}: no such file (a source is read, never created)`);
    this.name = 'SourceNotFound';
  }
}

/** A source named by a file (`jsonl:`, `sqlite:`) that is a folder: a path cut short. */
export class SourceIsAFolder extends UsageError {
  constructor(location: string) {
    super(`${location}: a folder, not a file (name the file itself)`);
    this.name = 'SourceIsAFolder';
  }
}

/** A source file must be there, and be a file rather than a folder. */
const refuseNoSourceFile = (location: string, file: string): void => {
  const found = statSync(file, { throwIfNoEntry: false });
  if (found === undefined) throw new SourceNotFound(location);
  if (found.isDirectory()) throw new SourceIsAFolder(location);
};

/** The file a location names, when it names one: JSONL files and SQLite stores. */
export const sourceFileOf = (location: string): string | null => {
  if (isJsonlLocation(location)) return jsonlPathOf(location);
  const parsed = parseStoreLocation(location);
  return parsed.kind === 'sqlite' ? parsed.path : null;
};

/**
 * Opens `sqlite:…`, `postgres://…`, `esdb://…`, `memory:` (through `openStores`) or
 * `jsonl:<path>` (a file written by `debiteur export` or `debiteur generate`). A file that
 * is not there is SourceNotFound: an analyst who mistyped the path would otherwise get a
 * store error rather than the path. A store is opened to read only: a source is read, never
 * created or migrated, so a read-only PostgreSQL role will do; a schema behind this release
 * is refused (SchemaNotMigrated) until the service or a write command migrates it.
 */
export const openEventSource = async (
  location: string,
  options: EventSourceOptions = {},
): Promise<EventSource> => {
  const file = sourceFileOf(location);
  if (file !== null) refuseNoSourceFile(location, file);
  if (isJsonlLocation(location)) {
    const path = jsonlPathOf(location);
    const pages = (filter: EventFilter = {}, onInvalidLine = options.onInvalidLine) =>
      readJsonlEventPages(path, { onInvalidLine, keep: keptBy(filter) });
    return {
      description: location,
      stores: null,
      events: (filter) => eventsOf(pages(filter)),
      pages,
      count: async (filter = {}) => {
        if (filter.tenantId === undefined && filter.categories === undefined) {
          return countJsonlEvents(path);
        }
        let count = 0;
        // Lines that hold no event are not counted, and left to the read to report: once.
        for await (const page of pages(filter, skipLine)) count += page.length;
        return count;
      },
      holdsTenant: (tenantId) => anyPage(pages({ tenantId }, skipLine)),
      close: () => Promise.resolve(),
    };
  }
  const stores = await openStores(location, { readOnly: true });
  const storeFilter = (filter: EventFilter = {}) => ({
    ...(filter.tenantId === undefined ? {} : { tenantId: filter.tenantId }),
    ...(filter.categories === undefined ? {} : { categories: filter.categories }),
  });
  const { onUnreadableRow } = options;
  const pages = (filter?: EventFilter) =>
    onUnreadableRow === undefined
      ? stores.events.readAllPages({ batchSize: READ_BATCH, filter: storeFilter(filter) })
      : pagesPastUnreadable(stores.events, storeFilter(filter), READ_BATCH, onUnreadableRow);
  return {
    description: stores.description,
    stores,
    events: (filter) => eventsOf(pages(filter)),
    pages,
    count: (filter) => stores.events.countAll(storeFilter(filter)),
    // A first row of the tenant's that does not decode is a row of the tenant's all the same:
    // `verify --tenant` goes on to report it, the other readers stop at it (ADR 0012).
    holdsTenant: (tenantId) =>
      anyPage(stores.events.readAllPages({ batchSize: 1, filter: { tenantId } })).catch(
        (error: unknown) => {
          if (error instanceof EventDecodeFailed) return true;
          throw error;
        },
      ),
    close: () => stores.close(),
  };
};

/** Opens a source, runs `work`, and closes it whatever happens. */
export const withEventSource = async <T>(
  location: string,
  work: (source: EventSource) => Promise<T>,
  options: EventSourceOptions = {},
): Promise<T> => {
  const source = await openEventSource(location, options);
  try {
    return await work(source);
  } finally {
    await source.close();
  }
};
