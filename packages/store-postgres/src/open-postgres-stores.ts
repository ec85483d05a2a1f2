import { Pool } from 'pg';
import { translated } from './driver-errors';
import { StoreAccess } from './insufficient-privilege';
import { checkSchema } from './migrations/check-schema';
import { migrate } from './migrations/migrate';
import { groupSize, PostgresEventStore, PostgresEventStoreOptions } from './postgres-event-store';
import { PostgresProjectionStore } from './postgres-projection-store';
import { connectAs, migrateRefusal } from './role-privileges';
import { SchemaNames, schemaNames } from './schema-names';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  readonly connectionString: string;
  /** Tables live in this schema (created if missing, unless `readOnly`); default `public`. */
  readonly schema?: string;
  /**
   * Open to read only: the schema is checked, never migrated (no CREATE, no advisory lock),
   * so a role with SELECT on the tables suffices. A schema behind this release is refused
   * with SchemaNotMigrated, one ahead of it with SchemaTooNew. Default false: migrate.
   */
  readonly readOnly?: boolean;
  /** Most connections the pool holds (default 10). */
  readonly poolSize?: number;
  /** How long to wait for a connection before StoreUnavailable (default 10 s). */
  readonly connectionTimeoutMillis?: number;
  /** Shown in pg_stat_activity (default `debiteur`). */
  readonly applicationName?: string;
  /**
   * How long readAll and headPosition wait, at most, for transactions that were already
   * running when they were called, so that they show everything committed before the call
   * (default 500 ms). Waiting longer never changes correctness, only completeness.
   */
  readonly settleMillis?: number;
  /**
   * Group commit, for a bulk writer such as `debiteur import` (ADR 0039): appends made in one
   * turn of the event loop, without awaiting one another, are made in ONE transaction, up to
   * this many, in the order made, each as if made alone; the store then offers the port's
   * `appendsInOneCommit`. Holds one connection and the group's stream locks for the group's
   * length. Default: off, each append its own transaction, as the service wants.
   */
  readonly appendsInOneCommit?: number;
}

const DEFAULT_SETTLE_MILLIS = 500;

const eventStoreOptions = (
  options: PostgresStoreOptions,
): Omit<PostgresEventStoreOptions, 'ownsPool'> => ({
  settleMillis: options.settleMillis ?? DEFAULT_SETTLE_MILLIS,
  ...(options.appendsInOneCommit === undefined
    ? {}
    : { appendsInOneCommit: options.appendsInOneCommit }),
});

/** Both stores over one pool; `close` ends the pool. */
export interface PostgresStores {
  readonly events: PostgresEventStore;
  readonly projections: PostgresProjectionStore;
  close(): Promise<void>;
}

/**
 * A pool with the defaults Debiteur's stores use. With group commit its connections pipeline
 * (node-postgres' `pipeline`): queries made without awaiting one another are sent at once,
 * so a group's appends cost one round trip (append-group.ts). A caller that awaits each
 * query sees no difference.
 */
export const createPool = (options: PostgresStoreOptions): Pool => {
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    application_name: options.applicationName ?? 'debiteur',
    // Pipelined only when appends are grouped: a group's calls are what it lets overlap.
    pipeline: groupSize(options.appendsInOneCommit) > 1,
  });
  // An idle connection that breaks (server restart) is dropped by the pool; without a
  // listener the 'error' event would crash the process. The next query reports the fault.
  pool.on('error', () => undefined);
  return pool;
};

/**
 * Checks the schema (`read`) or migrates it (`write`) to this release. A role refused for
 * want of a privilege (CONNECT, USAGE, SELECT, CREATE) gets InsufficientPrivilege, which
 * names what it lacks.
 */
const bringToThisRelease = async (
  pool: Pool,
  names: SchemaNames,
  connectionString: string,
  access: StoreAccess,
): Promise<void> => {
  await connectAs(pool, connectionString, access);
  if (access === 'read') return checkSchema(pool, names);
  try {
    await migrate(pool, names);
  } catch (error) {
    throw await migrateRefusal(pool, names, error);
  }
};

/**
 * A pool and the schema migrated (or, `readOnly`, checked) to this release; the pool is
 * ended again if that fails.
 */
const openAtThisRelease = async (
  options: PostgresStoreOptions,
): Promise<{ pool: Pool; names: SchemaNames }> => {
  const names = schemaNames(options.schema);
  const pool = createPool(options);
  const access: StoreAccess = options.readOnly === true ? 'read' : 'write';
  try {
    await translated(() => bringToThisRelease(pool, names, options.connectionString, access));
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { pool, names };
};

/**
 * Opens the PostgreSQL event store: a pool of `poolSize` connections, and the schema
 * migrated to this release (safe when several processes open it at once), or with
 * `readOnly` only checked to be at this release.
 */
export const openPostgresEventStore = async (
  options: PostgresStoreOptions,
): Promise<PostgresEventStore> => {
  const { pool, names } = await openAtThisRelease(options);
  return new PostgresEventStore(pool, names, { ...eventStoreOptions(options), ownsPool: true });
};

/**
 * Opens the projection store on its own pool, migrating (or, `readOnly`, checking) the schema
 * like the event store.
 */
export const openPostgresProjectionStore = async (
  options: PostgresStoreOptions,
): Promise<PostgresProjectionStore> => {
  const { pool, names } = await openAtThisRelease(options);
  return new PostgresProjectionStore(pool, names, true);
};

/** Opens the event store and the projection store over one shared pool. */
export const openPostgresStores = async (
  options: PostgresStoreOptions,
): Promise<PostgresStores> => {
  const { pool, names } = await openAtThisRelease(options);
  const events = new PostgresEventStore(pool, names, {
    ...eventStoreOptions(options),
    ownsPool: false,
  });
  const projections = new PostgresProjectionStore(pool, names, false);
  let closed: Promise<void> | null = null;
  return {
    events,
    projections,
    close: () => {
      closed ??= Promise.all([events.close(), projections.close()]).then(() => pool.end());
      return closed;
    },
  };
};
