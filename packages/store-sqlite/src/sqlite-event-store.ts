import type { Database } from 'better-sqlite3';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedVersionConflict,
  GlobalPosition,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreUnavailable,
  validateAppend,
} from '@debiteur/eventstore';
import { appendEvents, classifyStoredIds } from './append-events';
import { isUniqueViolation, translateDriverError } from './driver-errors';
import { toRecordedEvent } from './event-rows';
import { EventStatements } from './event-statements';
import { decodePosition } from './global-position';
import { migrate } from './migrations/migrate';
import { openDatabase } from './open-database';

export interface SqliteEventStoreOptions {
  /** The database file; created, with its schema, when missing. */
  readonly path: string;
  /** How long to wait for another connection's write lock (default 5 s). */
  readonly busyTimeoutMs?: number;
  /** The store clock for `recordedAt`; inject one to make tests deterministic. */
  readonly now?: () => Date;
}

const DEFAULT_BATCH_SIZE = 500;

const pageSize = (batchSize: number | undefined): number =>
  batchSize === undefined || !Number.isFinite(batchSize)
    ? DEFAULT_BATCH_SIZE
    : Math.max(1, Math.floor(batchSize));

/**
 * The event store in one SQLite file (better-sqlite3, WAL). The driver is synchronous, so
 * every method does its work in one go on the calling thread and only then resolves: no
 * other call on this store can interleave with an append.
 *
 * Global order: `position` is an AUTOINCREMENT key assigned inside the write transaction,
 * and SQLite lets one writer at a time (across connections and processes) hold the write
 * lock, from BEGIN IMMEDIATE to COMMIT. Positions therefore commit in order: a lower one
 * can never become visible after a higher one (as a PostgreSQL sequence can), so readAll's
 * plain `position > checkpoint` never skips an event, and a checkpoint stays valid.
 */
export class SqliteEventStore implements EventStore {
  private readonly statements: EventStatements;
  private readonly appendInTransaction: (
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ) => AppendResult;

  private constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.statements = new EventStatements(db);
    const transaction = db.transaction(
      (streamId: string, events: readonly EventToAppend[], options: AppendOptions) =>
        appendEvents(this.statements, streamId, events, options.expectedVersion, this.now),
    );
    this.appendInTransaction = (streamId, events, options) =>
      transaction.immediate(streamId, events, options);
  }

  /** Opens (creating if needed) the file, applies pending migrations and prepares statements. */
  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const db = openDatabase(options.path, options.busyTimeoutMs);
    try {
      migrate(db);
      return new SqliteEventStore(db, options.now ?? (() => new Date()));
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
    return this.run(() => {
      try {
        return this.appendInTransaction(streamId, events, options);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // The constraints back up the checks above; should they ever fire, answer what
        // the checks would have: a retry, an id reuse, or where the stream really is.
        const retry = classifyStoredIds(this.statements, streamId, events);
        if (retry._tag === 'AlreadyAppended') return retry.result;
        const actual = this.statements.streamVersion.get(streamId)?.version ?? 0;
        throw new ExpectedVersionConflict(streamId, options.expectedVersion, actual);
      }
    });
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
    const limit = pageSize(options.batchSize);
    const { tenantId, categories } = options.filter ?? {};
    let after = decodePosition(options.after);
    for (;;) {
      const page = this.run(() =>
        this.statements.readAll(options.filter).all({
          after,
          limit,
          ...(tenantId === undefined ? {} : { tenantId }),
          ...(categories === undefined ? {} : { categories: JSON.stringify(categories) }),
        }),
      );
      for (const row of page) yield toRecordedEvent(row);
      const last = page[page.length - 1];
      if (last === undefined || page.length < limit) return;
      after = BigInt(last.global_position);
    }
  }

  async headPosition(): Promise<GlobalPosition | null> {
    return this.run(() => this.statements.headPosition.get()?.global_position ?? null);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
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
