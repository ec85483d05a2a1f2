import type { Database } from 'better-sqlite3';
import { translateDriverError } from './driver-errors';
import { checkSchema } from './migrations/check-schema';
import { migrate } from './migrations/migrate';
import { openDatabase, openDatabaseToRead } from './open-database';
import { unreadableInItsFolder } from './read-only-folder';

export interface StoreConnectionOptions {
  readonly path: string;
  readonly busyTimeoutMs?: number;
  /** Read only: open the existing file read-only and check its schema, never migrate it. */
  readonly readOnly?: boolean;
}

/**
 * The connection a store runs on, its schema at this release: read-write, created and
 * migrated when needed, or (`readOnly`) an existing file opened read-only whose schema is
 * checked (SchemaNotMigrated when behind, SchemaTooNew when ahead).
 */
export const openStoreConnection = (options: StoreConnectionOptions): Database => {
  const readOnly = options.readOnly === true;
  const db = readOnly
    ? openDatabaseToRead(options.path, options.busyTimeoutMs)
    : openDatabase(options.path, options.busyTimeoutMs);
  try {
    if (readOnly) checkSchema(db);
    else migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw (
      (readOnly ? unreadableInItsFolder(options.path, error) : null) ?? translateDriverError(error)
    );
  }
};
