import Database from 'better-sqlite3';
import { StoreUnavailable } from '@debiteur/eventstore';

/** How long a writer waits for another connection's write lock before giving up. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the database file with the settings the event store relies on:
 *
 * - `journal_mode = WAL`: readers never block the writer nor the writer the readers, and a
 *   commit is one append to the WAL file.
 * - `synchronous = FULL`: the WAL is fsynced at every commit, so an acknowledged append
 *   survives a power loss or an OS crash. With NORMAL the WAL is only fsynced at
 *   checkpoints: a process crash still loses nothing (the OS holds the written pages), but
 *   a power loss can roll back the last commits, and an append the caller was told about
 *   (a sent reminder, an agreed promise) would be gone. One fsync per append is the price.
 * - `temp_store = MEMORY`: group commit runs every append of a group in a SAVEPOINT, which
 *   keeps the original of each page the append changes in a sub-journal, so the append can
 *   be rolled back alone. In memory that costs a copy; on disk (the default past 64 KiB) it
 *   would cost a temp file and its writes. It is rollback data for a transaction in
 *   progress, which a crash discards anyway: durability is unaffected.
 * - `busy_timeout`: a second process (or a second store on the same file) waits for the
 *   write lock instead of failing with SQLITE_BUSY. The wait blocks this Node thread:
 *   better-sqlite3 is synchronous, which is also what makes each append atomic in-process.
 */
export const openDatabase = (
  path: string,
  busyTimeoutMs: number = DEFAULT_BUSY_TIMEOUT_MS,
): Database.Database => {
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: busyTimeoutMs });
  } catch (error) {
    throw new StoreUnavailable(`SQLite database ${path} could not be opened`, { cause: error });
  }
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal' && !db.memory) {
      throw new StoreUnavailable(`SQLite database ${path} refused WAL mode (got ${String(mode)})`);
    }
    db.pragma('synchronous = FULL');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (error) {
    db.close();
    throw error instanceof StoreUnavailable
      ? error
      : new StoreUnavailable(`SQLite database ${path} could not be configured`, { cause: error });
  }
};

/**
 * Opens an existing file to read only (`readonly`, `fileMustExist`): no journal mode or
 * other setting is written, and a write through the connection fails with SQLITE_READONLY.
 * A WAL file is read through its -wal and -shm files as any reader does; SQLite creates them
 * beside the file when they are missing (the last writer removed them on close), and the
 * next writer uses them as it finds them. The database file itself is never written.
 */
export const openDatabaseToRead = (
  path: string,
  busyTimeoutMs: number = DEFAULT_BUSY_TIMEOUT_MS,
): Database.Database => {
  try {
    return new Database(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
  } catch (error) {
    throw new StoreUnavailable(`SQLite database ${path} could not be opened to read`, {
      cause: error,
    });
  }
};
