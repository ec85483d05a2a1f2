import { Client, Pool } from 'pg';
import { openPostgresEventStore, openPostgresStores } from '../open-postgres-stores';
import { schemaNames } from '../schema-names';
import { usePostgresTestServer } from '../testing';
import { PostgresEventStore } from '../postgres-event-store';
import { migrate, SchemaTooNew } from './migrate';
import { MIGRATIONS } from './migrations';

const server = usePostgresTestServer();

const appliedMigrations = async (connectionString: string, schema: string): Promise<number[]> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: number }>(
      `SELECT version FROM ${schemaNames(schema).migrations} ORDER BY version`,
    );
    return rows.map((row) => row.version);
  } finally {
    await client.end();
  }
};

/**
 * An append as a release before migration 5 made it: the append function of migrations 3
 * and 4 (fourteen arguments, no instants), called for one event of `data`.
 */
const appendAsBeforeMigration5 = async (
  pool: Pool,
  names: ReturnType<typeof schemaNames>,
  streamId: string,
  eventId: string,
  expectedVersion: number,
  data: unknown,
): Promise<number | null> => {
  const { rows } = await pool.query<{ new_version: number | null }>(
    `SELECT new_version FROM ${names.appendEvents}($1::text, $2::text, $3::text, $4::integer,
       $5::text[], $6::text[], $7::text[], $8::integer[], $9::text[], $10::text[], $11::text[],
       $12::text[], $13::text[], $14::text[])`,
    [
      streamId,
      'invoice',
      expectedVersion === 0 ? 'create' : 'bumpExact',
      expectedVersion,
      [eventId],
      ['acme'],
      ['Issued'],
      [1],
      [JSON.stringify(data)],
      ['2026-11-23T10:00:00+01:00'],
      ['test'],
      [null],
      [`c-${eventId}`],
      [null],
    ],
  );
  return rows[0]?.new_version ?? null;
};

describe('PostgreSQL schema migrations', () => {
  it('apply every migration once when several processes open the store at the same moment', async () => {
    const connectionString = await server().createDatabase();

    const stores = await Promise.all(
      Array.from({ length: 6 }, () =>
        openPostgresEventStore({ connectionString, schema: 'racing' }),
      ),
    );
    await Promise.all(stores.map((store) => store.close()));

    expect(await appliedMigrations(connectionString, 'racing')).toEqual(
      MIGRATIONS.map((m) => m.version),
    );
  });

  it('leave an up-to-date schema and its data alone when the store is opened again', async () => {
    const connectionString = await server().createDatabase();
    const first = await openPostgresStores({ connectionString });
    await first.events.appendToStream('invoice:acme:1', [event('e-1')], {
      expectedVersion: 'no-stream',
    });
    await first.projections.commit('aging', { checkpoint: 'c-1', state: { n: 1 } });
    await first.close();

    const again = await openPostgresStores({ connectionString });
    try {
      expect(await again.events.streamVersion('invoice:acme:1')).toBe(1);
      expect(await again.projections.load('aging')).toEqual({ checkpoint: 'c-1', state: { n: 1 } });
      expect(await appliedMigrations(connectionString, 'public')).toEqual(
        MIGRATIONS.map((m) => m.version),
      );
    } finally {
      await again.close();
    }
  });

  it('keep the data of events stored as jsonb, and store new data as written (migration 4)', async () => {
    const connectionString = await server().createDatabase();
    const names = schemaNames();
    const pool = new Pool({ connectionString, max: 2 });
    const store = new PostgresEventStore(pool, names, { ownsPool: false, settleMillis: 100 });
    const data = { b: 1, a: { y: 'twee', x: 'één' } };
    try {
      await migrate(
        pool,
        names,
        MIGRATIONS.filter((m) => m.version < 4),
      );
      expect(await appendAsBeforeMigration5(pool, names, 'invoice:acme:1', 'e-1', 0, data)).toBe(1);
      expect(await migrate(pool, names)).toEqual(
        MIGRATIONS.map((m) => m.version).filter((v) => v >= 4),
      );
      await store.appendToStream('invoice:acme:1', [{ ...event('e-2'), data }], {
        expectedVersion: 1,
      });

      const { rows } = await pool.query<{ text: string }>(
        `SELECT data::text AS text FROM ${names.events} ORDER BY position`,
      );
      expect(rows.map((row) => row.text)).toEqual([
        '{"a": {"x": "één", "y": "twee"}, "b": 1}',
        JSON.stringify(data),
      ]);
      const read = [];
      for await (const recorded of store.readAll()) read.push(recorded.data);
      expect(read).toEqual([data, data]);
    } finally {
      await pool.end();
    }
  });

  it('keep the first append function for a release still rolling out (migration 5)', async () => {
    const connectionString = await server().createDatabase();
    const names = schemaNames();
    const pool = new Pool({ connectionString, max: 2 });
    const store = new PostgresEventStore(pool, names, { ownsPool: false, settleMillis: 100 });
    try {
      expect(await migrate(pool, names)).toEqual(MIGRATIONS.map((m) => m.version));
      await store.appendToStream('invoice:acme:1', [event('e-1')], {
        expectedVersion: 'no-stream',
      });
      // An older release appends after this one, through the function it knows.
      expect(
        await appendAsBeforeMigration5(pool, names, 'invoice:acme:1', 'e-2', 1, { n: 2 }),
      ).toBe(2);

      const read = [];
      for await (const recorded of store.readAll()) read.push(recorded.eventId);
      expect(read).toEqual(['e-1', 'e-2']);
    } finally {
      await pool.end();
    }
  });

  it('refuse a schema that a newer release migrated further', async () => {
    const connectionString = await server().createDatabase();
    await (await openPostgresEventStore({ connectionString })).close();
    const client = new Client({ connectionString });
    await client.connect();
    await client.query(
      `INSERT INTO ${schemaNames().migrations} (version, name) VALUES (999, 'from the future')`,
    );
    await client.end();

    await expect(openPostgresEventStore({ connectionString })).rejects.toBeInstanceOf(SchemaTooNew);
  });
});

const event = (eventId: string) => ({
  eventId,
  type: 'Issued',
  schemaVersion: 1,
  data: {},
  metadata: {
    tenantId: 'acme',
    occurredAt: '2024-03-01T09:30:00+01:00',
    actor: 'test',
    reason: null,
    correlationId: eventId,
    causationId: null,
  },
});
