import { Pool } from 'pg';
import {
  PostgresEventStore,
  SchemaNames,
  openPostgresEventStore,
  schemaNames,
} from '@debiteur/store-postgres';
import { interleavedEvents } from '../bench-events';
import { SEEDED_PER_STREAM } from '../bench-sizes';
import {
  createRawSchema,
  dropSchema,
  freshSchemaName,
  loadPostgres,
  openWarmPool,
} from './raw-postgres';

/** Where the PostgreSQL suites run: a database, and a pool for fixtures and checks. */
export interface PostgresTarget {
  readonly url: string;
  readonly admin: Pool;
}

/** The adapter on a fresh, seeded schema, with all its connections open. */
export interface AdapterSchema {
  readonly store: PostgresEventStore;
  readonly names: SchemaNames;
  dispose(): Promise<void>;
}

/** The raw writer's pool on a fresh, seeded copy of the adapter's schema. */
export interface RawSchema {
  readonly pool: Pool;
  readonly names: SchemaNames;
  dispose(): Promise<void>;
}

/** Opens the adapter on a new schema with SEEDED_PER_STREAM events in every stream. */
export const adapterSchema = async (
  target: PostgresTarget,
  poolSize: number,
): Promise<AdapterSchema> => {
  const names = schemaNames(freshSchemaName('adapter'));
  const store = await openPostgresEventStore({
    connectionString: target.url,
    schema: names.schemaName,
    poolSize,
  });
  await loadPostgres(target.admin, names, interleavedEvents(SEEDED_PER_STREAM));
  // As many calls at once as the pool holds connections makes the pool open all of them.
  await Promise.all(
    Array.from({ length: poolSize }, () => store.streamVersion('invoice:warm-up:0')),
  );
  return {
    store,
    names,
    dispose: async () => {
      await store.close();
      await dropSchema(target.admin, names);
    },
  };
};

/** A raw pool on a new copy of the adapter's schema, seeded like `adapterSchema`. */
export const rawSchema = async (target: PostgresTarget, poolSize: number): Promise<RawSchema> => {
  const names = await createRawSchema(target.admin, freshSchemaName('raw'));
  await loadPostgres(target.admin, names, interleavedEvents(SEEDED_PER_STREAM));
  const pool = await openWarmPool(target.url, poolSize);
  return {
    pool,
    names,
    dispose: async () => {
      await pool.end();
      await dropSchema(target.admin, names);
    },
  };
};
