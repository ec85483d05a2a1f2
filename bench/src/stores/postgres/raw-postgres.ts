import { Pool, escapeIdentifier } from 'pg';
import { SchemaNames, migrate, schemaNames } from '@debiteur/store-postgres';
import { PlacedEvent } from '../bench-events';

/** The adapter's insert columns (the rest take their defaults), in `postgresRow` order. */
const COLUMNS = `event_id, stream_id, stream_version, category, tenant_id, type, schema_version, data,
  occurred_at, actor, reason, correlation_id, causation_id`;
const COLUMN_COUNT = 13;
const COLUMN_TYPES = 'text,text,int,text,text,text,int,json,text,text,text,text,text'.split(',');

export type PostgresRow = [
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
  string | null,
  string,
  string | null,
];

/** The row the adapter would store for this event, serialised as the raw writer must. */
export const postgresRow = ({ streamId, streamVersion, event }: PlacedEvent): PostgresRow => [
  event.eventId,
  streamId,
  streamVersion,
  streamId.slice(0, streamId.indexOf(':')),
  event.metadata.tenantId,
  event.type,
  event.schemaVersion,
  JSON.stringify(event.data),
  event.metadata.occurredAt,
  event.metadata.actor,
  event.metadata.reason,
  event.metadata.correlationId,
  event.metadata.causationId,
];

/** `INSERT … VALUES (…), (…)` for `rows` rows, one autocommit statement. */
export const multiRowInsertSql = ({ events }: SchemaNames, rows: number): string => {
  const tuples = Array.from({ length: rows }, (_, row) => {
    const first = row * COLUMN_COUNT + 1;
    return `(${Array.from({ length: COLUMN_COUNT }, (_, column) => `$${first + column}`).join(', ')})`;
  });
  return `INSERT INTO ${events} (${COLUMNS}) VALUES ${tuples.join(', ')}`;
};

/** A pool of `size` connections, all opened now so no timed pass pays for connecting. */
export const openWarmPool = async (url: string, size: number): Promise<Pool> => {
  const pool = new Pool({ connectionString: url, max: size });
  const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
  for (const client of clients) client.release();
  return pool;
};

let schemas = 0;

/** A schema name no other trial of this run uses. */
export const freshSchemaName = (side: string): string => {
  schemas += 1;
  return `bench_${side}_${process.pid}_${schemas}`;
};

/**
 * The adapter's schema for the raw writer: migrated by the adapter, then without the
 * foreign key from events to streams, since a raw writer inserts events only.
 */
export const createRawSchema = async (pool: Pool, name: string): Promise<SchemaNames> => {
  const names = schemaNames(name);
  await migrate(pool, names);
  const { rows } = await pool.query<{ conname: string }>(
    `SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
    [names.events],
  );
  for (const { conname } of rows) {
    await pool.query(`ALTER TABLE ${names.events} DROP CONSTRAINT ${escapeIdentifier(conname)}`);
  }
  return names;
};

export const dropSchema = async (pool: Pool, names: SchemaNames): Promise<void> => {
  await pool.query(`DROP SCHEMA IF EXISTS ${names.schema} CASCADE`);
};

const CHUNK = 5_000;

const loadChunk = async (
  pool: Pool,
  names: SchemaNames,
  chunk: readonly PlacedEvent[],
): Promise<void> => {
  const rows = chunk.map(postgresRow);
  const columns = COLUMN_TYPES.map((_, column) => rows.map((row) => row[column]));
  const versions = new Map<string, number>();
  for (const { streamId, streamVersion } of chunk) {
    versions.set(streamId, Math.max(streamVersion, versions.get(streamId) ?? 0));
  }
  // The streams rows first: the adapter's events reference them.
  await pool.query(
    `INSERT INTO ${names.streams} AS s (stream_id, version) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (stream_id) DO UPDATE SET version = greatest(s.version, EXCLUDED.version)`,
    [[...versions.keys()], [...versions.values()]],
  );
  const unnest = COLUMN_TYPES.map((type, column) => `$${column + 1}::${type}[]`).join(', ');
  await pool.query(
    `INSERT INTO ${names.events} (${COLUMNS}) SELECT * FROM unnest(${unnest})`,
    columns,
  );
};

/** Loads events and their streams rows in chunks: a fixture, not timed. */
export const loadPostgres = async (
  pool: Pool,
  names: SchemaNames,
  events: Iterable<PlacedEvent>,
): Promise<number> => {
  let chunk: PlacedEvent[] = [];
  let loaded = 0;
  for (const placed of events) {
    chunk.push(placed);
    if (chunk.length === CHUNK) {
      await loadChunk(pool, names, chunk);
      loaded += chunk.length;
      chunk = [];
    }
  }
  if (chunk.length > 0) await loadChunk(pool, names, chunk);
  await pool.query(`ANALYZE ${names.events}`);
  return loaded + chunk.length;
};
