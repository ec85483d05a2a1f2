import {
  EventStore,
  InMemoryEventStore,
  InMemoryProjectionStore,
  ProjectionStore,
} from '@debiteur/eventstore';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeStoreLocation, parseStoreLocation, StoreLocation } from './store-location';

/** The event store and the projection store of one location, opened and closed together. */
export interface Stores {
  readonly events: EventStore;
  readonly projections: ProjectionStore;
  /** The location without secrets, for logs and `/health`. */
  readonly description: string;
  readonly kind: StoreLocation['kind'];
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  /** PostgreSQL pool size (default 10). */
  readonly poolSize?: number;
  /**
   * Open to read only, as the analyst's read commands do: nothing is created or migrated,
   * so a read-only PostgreSQL role or a SQLite file opened read-only suffices. The schema
   * must be at this release: one behind is refused (SchemaNotMigrated; the service or a
   * write command migrates it), one ahead as ever (SchemaTooNew). A SQLite file must exist.
   * EventStoreDB has no schema; the in-memory store ignores it. Default false.
   */
  readonly readOnly?: boolean;
  /**
   * For a bulk writer (`debiteur import`): PostgreSQL commits the appends made in one turn,
   * up to this many, in one transaction in the order made (ADR 0039). SQLite always does
   * (its group commit); the service leaves this out.
   */
  readonly appendsInOneCommit?: number;
}

const closeOnce = (close: () => Promise<void>): (() => Promise<void>) => {
  let closing: Promise<void> | null = null;
  return () => (closing ??= close());
};

// Adapters load on demand: a process on SQLite never pays for the PostgreSQL driver or the
// EventStoreDB gRPC client at start-up.
const openSqlite = async (
  path: string,
  readOnly: boolean,
): Promise<Omit<Stores, 'description' | 'kind'>> => {
  const { openSqliteEventStore, openSqliteProjectionStore } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
    require('@debiteur/store-sqlite') as typeof import('@debiteur/store-sqlite');
  const absolute = resolve(path);
  if (!readOnly) mkdirSync(dirname(absolute), { recursive: true });
  const events = openSqliteEventStore({ path: absolute, readOnly });
  const projections = openSqliteProjectionStore({ path: absolute, readOnly });
  return {
    events,
    projections,
    close: closeOnce(async () => {
      await Promise.all([events.close(), projections.close()]);
    }),
  };
};

const openMemory = (): Omit<Stores, 'description' | 'kind'> => {
  const events = new InMemoryEventStore();
  const projections = new InMemoryProjectionStore();
  return {
    events,
    projections,
    close: closeOnce(async () => {
      await Promise.all([events.close(), projections.close()]);
    }),
  };
};

/**
 * Opens the stores at a location of the operations contract (`DEBITEUR_STORE`): creates the
 * SQLite file and its folder, migrates PostgreSQL, connects to EventStoreDB lazily. With
 * `readOnly`, creates and migrates nothing, and checks that the schema is at this release.
 */
export const openStores = async (
  location: string,
  options: OpenStoresOptions = {},
): Promise<Stores> => {
  const parsed = parseStoreLocation(location);
  const description = describeStoreLocation(parsed);
  switch (parsed.kind) {
    case 'memory':
      return { ...openMemory(), description, kind: parsed.kind };
    case 'sqlite':
      return {
        ...(await openSqlite(parsed.path, options.readOnly === true)),
        description,
        kind: parsed.kind,
      };
    case 'postgres': {
      const { openPostgresStores } =
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
        require('@debiteur/store-postgres') as typeof import('@debiteur/store-postgres');
      const stores = await openPostgresStores({
        connectionString: parsed.connectionString,
        ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
        ...(options.appendsInOneCommit === undefined
          ? {}
          : { appendsInOneCommit: options.appendsInOneCommit }),
        readOnly: options.readOnly === true,
      });
      return { ...stores, close: closeOnce(stores.close), description, kind: parsed.kind };
    }
    case 'eventstoredb': {
      const { openEventStoreDbStores } =
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
        require('@debiteur/store-eventstoredb') as typeof import('@debiteur/store-eventstoredb');
      const stores = openEventStoreDbStores({ connectionString: parsed.connectionString });
      return { ...stores, close: closeOnce(stores.close), description, kind: parsed.kind };
    }
  }
};
