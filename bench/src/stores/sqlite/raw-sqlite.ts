import Database from 'better-sqlite3';
import { openSqliteEventStore } from '@debiteur/store-sqlite';
import { PlacedEvent } from '../bench-events';

/** The adapter's insert columns, in the order `sqliteRow` gives the values. */
const COLUMNS = `event_id, stream_id, stream_version, category, tenant_id, type, schema_version,
  data, metadata, recorded_at`;
const PLACEHOLDERS = `(${Array.from({ length: 10 }, () => '?').join(', ')})`;

export type SqliteRow = [
  string,
  string,
  number,
  string,
  string,
  string,
  number,
  string,
  string,
  string,
];

/** Creates `path` with the adapter's schema, migrated by the adapter itself. */
export const createSqliteFile = async (path: string): Promise<void> => {
  const store = openSqliteEventStore({ path });
  await store.close();
};

/**
 * better-sqlite3 on `path` with the adapter's settings: WAL and, when `durable`, an fsync
 * per commit (synchronous = FULL), so that the raw baseline pays for the same durability.
 * Fixtures that are not timed turn it off to load faster.
 */
export const openRawSqlite = (path: string, durable: boolean): Database.Database => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${durable ? 'FULL' : 'OFF'}`);
  return db;
};

/** The row the adapter would store for this event, serialised as the raw writer must. */
export const sqliteRow = (
  { streamId, streamVersion, event }: PlacedEvent,
  recordedAt: string,
): SqliteRow => [
  event.eventId,
  streamId,
  streamVersion,
  streamId.slice(0, streamId.indexOf(':')),
  event.metadata.tenantId,
  event.type,
  event.schemaVersion,
  JSON.stringify(event.data),
  JSON.stringify(event.metadata),
  recordedAt,
];

/** One event per statement: each run is an autocommit transaction of one row. */
export const singleRowInsert = (db: Database.Database): Database.Statement<SqliteRow> =>
  db.prepare(`INSERT INTO events (${COLUMNS}) VALUES ${PLACEHOLDERS}`);

/** One statement inserting `rows` rows: the whole batch is one autocommit transaction. */
export const multiRowInsert = (
  db: Database.Database,
  rows: number,
): Database.Statement<unknown[]> =>
  db.prepare(
    `INSERT INTO events (${COLUMNS}) VALUES ${Array.from({ length: rows }, () => PLACEHOLDERS).join(', ')}`,
  );

const CHUNK = 10_000;

/** Loads events in transactions of CHUNK rows: the fastest way in, for fixtures. */
export const loadSqlite = (db: Database.Database, events: Iterable<PlacedEvent>): number => {
  const insert = singleRowInsert(db);
  const insertChunk = db.transaction((rows: readonly SqliteRow[]) => {
    for (const row of rows) insert.run(...row);
  });
  const recordedAt = new Date().toISOString();
  let chunk: SqliteRow[] = [];
  let loaded = 0;
  for (const placed of events) {
    chunk.push(sqliteRow(placed, recordedAt));
    if (chunk.length === CHUNK) {
      insertChunk(chunk);
      loaded += chunk.length;
      chunk = [];
    }
  }
  insertChunk(chunk);
  return loaded + chunk.length;
};
