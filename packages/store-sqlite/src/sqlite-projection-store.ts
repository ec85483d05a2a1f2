import type { Database, Statement } from 'better-sqlite3';
import { ProjectionCommit, ProjectionStore, StoreUnavailable } from '@debiteur/eventstore';
import { translateDriverError } from './driver-errors';
import { openStoreConnection } from './store-connection';

export interface SqliteProjectionStoreOptions {
  /** The database file; usually the event store's own, so one backup holds both. */
  readonly path: string;
  /** How long to wait for another connection's write lock (default 5 s). */
  readonly busyTimeoutMs?: number;
  /**
   * Open to read only, as the event store does (`SqliteEventStoreOptions.readOnly`): loads
   * work, commits and resets fail. Default false.
   */
  readonly readOnly?: boolean;
  /** The clock for `updated_at`, which is for operators only. */
  readonly now?: () => Date;
}

interface ProjectionRow {
  readonly checkpoint: string;
  readonly state: string;
}

interface ProjectionUpsert {
  readonly name: string;
  readonly checkpoint: string;
  readonly state: string;
  readonly updatedAt: string;
}

/**
 * Projection checkpoints and states in the `projections` table of a SQLite file. A commit
 * is one upsert statement, hence one transaction: checkpoint and state land together or
 * not at all. Concurrent commits serialise on the write lock; the last one wins.
 */
export class SqliteProjectionStore implements ProjectionStore {
  private readonly loadRow: Statement<[string], ProjectionRow>;
  private readonly upsert: Statement<[ProjectionUpsert]>;
  private readonly remove: Statement<[string]>;

  private constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.loadRow = db.prepare('SELECT checkpoint, state FROM projections WHERE name = ?');
    this.upsert = db.prepare(
      `INSERT INTO projections (name, checkpoint, state, updated_at)
       VALUES (@name, @checkpoint, @state, @updatedAt)
       ON CONFLICT (name) DO UPDATE SET checkpoint = excluded.checkpoint,
         state = excluded.state, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare('DELETE FROM projections WHERE name = ?');
  }

  /**
   * Opens (creating if needed) the file and applies pending migrations; with `readOnly`,
   * opens the existing file read-only and checks its schema instead.
   */
  static open(options: SqliteProjectionStoreOptions): SqliteProjectionStore {
    const db = openStoreConnection(options);
    try {
      return new SqliteProjectionStore(db, options.now ?? (() => new Date()));
    } catch (error) {
      db.close();
      throw translateDriverError(error);
    }
  }

  async load(name: string): Promise<ProjectionCommit | null> {
    const row = this.run(() => this.loadRow.get(name));
    if (row === undefined) return null;
    try {
      return { checkpoint: row.checkpoint, state: JSON.parse(row.state) as unknown };
    } catch (error) {
      throw new StoreUnavailable(`The state of projection ${name} is not JSON`, { cause: error });
    }
  }

  async commit(name: string, commit: ProjectionCommit): Promise<void> {
    const state: unknown = JSON.stringify(commit.state);
    if (typeof state !== 'string') {
      throw new TypeError(`The state of projection ${name} is not JSON-serialisable`);
    }
    const updatedAt = this.now().toISOString();
    this.run(() => this.upsert.run({ name, checkpoint: commit.checkpoint, state, updatedAt }));
  }

  async reset(name: string): Promise<void> {
    this.run(() => this.remove.run(name));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private run<T>(work: () => T): T {
    if (!this.db.open) throw new StoreUnavailable('The SQLite projection store is closed');
    try {
      return work();
    } catch (error) {
      throw translateDriverError(error);
    }
  }
}

/** Opens the SQLite projection store on `path`; see {@link SqliteProjectionStore}. */
export const openSqliteProjectionStore = (
  options: SqliteProjectionStoreOptions,
): SqliteProjectionStore => SqliteProjectionStore.open(options);
