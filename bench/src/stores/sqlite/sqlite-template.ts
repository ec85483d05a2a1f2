import { copyFileSync } from 'node:fs';
import { PlacedEvent } from '../bench-events';
import { TempFolder, removeSqliteFile } from '../temp-folder';
import { createSqliteFile, loadSqlite, openRawSqlite } from './raw-sqlite';

/** A SQLite file loaded once, copied for every trial so each side starts from the same bytes. */
export interface SqliteTemplate {
  /** The template itself: read it, never write to it. */
  readonly path: string;
  /** A fresh copy of the template; remove it with `removeSqliteFile`. */
  readonly copy: () => string;
  readonly remove: () => void;
}

/** Creates the adapter's schema, loads `events` and folds the WAL into the main file. */
export const sqliteTemplate = async (
  folder: TempFolder,
  name: string,
  events: Iterable<PlacedEvent>,
): Promise<SqliteTemplate> => {
  const path = folder.file(`${name}.db`);
  await createSqliteFile(path);
  const db = openRawSqlite(path, false);
  loadSqlite(db, events);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  let copies = 0;
  return {
    path,
    copy: () => {
      copies += 1;
      const copy = folder.file(`${name}-${copies}.db`);
      copyFileSync(path, copy);
      return copy;
    },
    remove: () => removeSqliteFile(path),
  };
};
