import type { Database } from 'better-sqlite3';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  GlobalPosition,
  ReadAllFilter,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreUnavailable,
  validateAppend,
} from '@debiteur/eventstore';
import { groupAppender } from './append-group';
import { translateDriverError } from './driver-errors';
import { recordedEventsOf, toRecordedEvent } from './event-rows';
import { CountParams, EventStatements, readAllSql } from './event-statements';
import { decodePosition } from './global-position';
import { DEFAULT_MAX_GROUP_SIZE, GroupCommit } from './group-commit';
import { readAheadPages } from './read-ahead';
import { openStoreConnection } from './store-connection';

export interface SqliteEventStoreOptions {
  /** The database file; created, with its schema, when missing (unless `readOnly`). */
  readonly path: string;
  /**
   * Open to read only: the file must exist and is opened read-only, its schema checked and
   * never migrated (SchemaNotMigrated when behind this release, SchemaTooNew when ahead);
   * appends fail. Default false.
   */
  readonly readOnly?: boolean;
  /** How long to wait for another connection's write lock (default 5 s). */
  readonly busyTimeoutMs?: number;
  /** The store clock for `recordedAt`; inject one to make tests deterministic. */
  readonly now?: () => Date;
  /** The most appends committed in one transaction (default 256). */
  readonly maxGroupSize?: number;
  /**
   * Called (in a microtask, before the appends' callers resume) after every COMMIT with how
   * many appends its group carried, refused ones included (for metrics and tests); not
   * called for a group whose transaction failed.
   */
  readonly onGroupCommitted?: (appends: number) => void;
}

const DEFAULT_BATCH_SIZE = 500;

const groupSize = (maxGroupSize: number | undefined): number =>
  maxGroupSize === undefined || !Number.isFinite(maxGroupSize)
    ? DEFAULT_MAX_GROUP_SIZE
    : Math.max(1, Math.floor(maxGroupSize));

const pageSize = (batchSize: number | undefined): number =>
  batchSize === undefined || !Number.isFinite(batchSize)
    ? DEFAULT_BATCH_SIZE
    : Math.max(1, Math.floor(batchSize));

/** A filter's statement parameters: the tenant, and the categories as one JSON array. */
const filterParams = (filter: ReadAllFilter | undefined): CountParams => {
  const { tenantId, categories } = filter ?? {};
  return {
    ...(tenantId === undefined ? {} : { tenantId }),
    ...(categories === undefined ? {} : { categories: JSON.stringify(categories) }),
  };
};

/**
 * The event store in one SQLite file (better-sqlite3, WAL, `synchronous = FULL`).
 *
 * Group commit: `appendToStream` queues the append; at the end of the event-loop turn
 * (`setImmediate`) every append queued in that turn, up to `maxGroupSize`, is applied in
 * ONE write transaction, each in a SAVEPOINT of its own (a group of one needs none) with
 * the checks it would run alone (idempotency by event id, expected version), so one fsync
 * makes the whole group durable. An append that fails its checks rolls back alone and
 * rejects with its own error; the others resolve, each with its own version and position,
 * only after COMMIT returned. If the transaction fails as a whole (no write lock, a failed
 * COMMIT), every append of the group rejects. Appends of one group to one stream act as if
 * made one after another.
 *
 * Reads run at once, synchronously, never inside a group's transaction (which is applied
 * in one synchronous call too): they see what is committed, never an append that has not
 * been acknowledged yet.
 *
 * Global order: `position` is an AUTOINCREMENT key assigned inside the write transaction,
 * and SQLite lets one writer at a time (across connections and processes) hold the write
 * lock, from BEGIN IMMEDIATE to COMMIT. Positions therefore commit in order: a lower one
 * can never become visible after a higher one (as a PostgreSQL sequence can), so readAll's
 * plain `position > checkpoint` never skips an event, and a checkpoint stays valid.
 */
export class SqliteEventStore implements EventStore {
  /** Group commit: the appends of one turn, up to the group size, in one transaction. */
  readonly appendsInOneCommit: number;
  private readonly statements: EventStatements;
  private readonly appends: GroupCommit;

  private constructor(
    private readonly db: Database,
    now: () => Date,
    options: Pick<SqliteEventStoreOptions, 'maxGroupSize' | 'onGroupCommitted'>,
  ) {
    this.appendsInOneCommit = groupSize(options.maxGroupSize);
    this.statements = new EventStatements(db);
    const appendGroup = groupAppender(db, this.statements, now);
    const committed = options.onGroupCommitted;
    this.appends = new GroupCommit(
      (group) => {
        if (!this.db.open) throw new StoreUnavailable('The SQLite event store is closed');
        const outcomes = appendGroup(group);
        // Not called here: a throwing observer must not turn a committed group into rejections.
        if (committed) queueMicrotask(() => committed(group.length));
        return outcomes;
      },
      translateDriverError,
      this.appendsInOneCommit,
    );
  }

  /**
   * Opens (creating if needed) the file, applies pending migrations and prepares statements;
   * with `readOnly`, opens the existing file read-only and checks its schema instead.
   */
  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const db = openStoreConnection(options);
    try {
      return new SqliteEventStore(db, options.now ?? (() => new Date()), options);
    } catch (error) {
      db.close();
      throw translateDriverError(error);
    }
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    validateAppend(streamId, events, options.expectedVersion);
    if (!this.db.open) throw new StoreUnavailable('The SQLite event store is closed');
    return this.appends.submit({ streamId, events, expectedVersion: options.expectedVersion });
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    return this.run(() =>
      this.statements.readStream
        .all({
          streamId,
          from: options.from ?? 1,
          to: options.to ?? Number.MAX_SAFE_INTEGER,
          limit: options.maxCount === undefined ? -1 : Math.max(0, options.maxCount),
        })
        .map(toRecordedEvent),
    );
  }

  async streamVersion(streamId: string): Promise<number> {
    return this.run(() => this.statements.streamVersion.get(streamId)?.version ?? 0);
  }

  /**
   * Pages with `position > last seen` rather than one open cursor: each page is a short
   * read of its own, so no statement stays busy on the connection between pages (other
   * calls can run) and no read snapshot pins the WAL against checkpoints while the caller
   * is slow. Memory stays bounded by `batchSize`.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for await (const page of this.readAllPages(options)) yield* page;
  }

  /**
   * See `readAll`: the same pages, each handed over whole. The first page is read here; when
   * it is full and the store is a file, the rest is read ahead on a thread of its own
   * (`readAheadPages`), so a bulk read (a replay, an export) reads while the caller folds.
   * A read of one page, as the service's catch-up polls make, starts no thread.
   */
  async *readAllPages(options: ReadAllOptions = {}): AsyncIterable<readonly RecordedEvent[]> {
    const limit = pageSize(options.batchSize);
    const params = filterParams(options.filter);
    let after = decodePosition(options.after);
    for (;;) {
      const page = this.run(() =>
        this.statements.readAll(options.filter).all({ after, limit, ...params }),
      );
      const last = page[page.length - 1];
      if (last === undefined) return;
      yield page.map(toRecordedEvent);
      if (page.length < limit) return;
      after = BigInt(last[0]);
      if (!this.db.memory) break;
    }
    const sql = readAllSql(options.filter);
    for await (const values of readAheadPages({ path: this.db.name, sql, params, after, limit })) {
      yield recordedEventsOf(values);
    }
  }

  async countAll(filter?: ReadAllFilter): Promise<number> {
    return this.run(() => this.statements.countAll(filter).get(filterParams(filter))?.count ?? 0);
  }

  async headPosition(): Promise<GlobalPosition | null> {
    return this.run(() => this.statements.headPosition.get()?.global_position ?? null);
  }

  /** Commits the appends still queued, then closes the connection. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.appends.flush();
    this.db.close();
  }

  private run<T>(work: () => T): T {
    if (!this.db.open) throw new StoreUnavailable('The SQLite event store is closed');
    try {
      return work();
    } catch (error) {
      throw translateDriverError(error);
    }
  }
}

/** Opens the SQLite event store on `path`; see {@link SqliteEventStore}. */
export const openSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore =>
  SqliteEventStore.open(options);
