import { collect, makeEvent, uniqueStreamId } from '@debiteur/eventstore/testing';
import { Client, Pool } from 'pg';
import { SchemaNotMigrated } from './migrations/check-schema';
import { migrate, SchemaTooNew } from './migrations/migrate';
import { MIGRATIONS } from './migrations/migrations';
import { openPostgresStores, PostgresStores } from './open-postgres-stores';
import { schemaNames } from './schema-names';
import {
  createReadOnlyRole,
  ReadOnlyRole,
  TEST_SETTLE_MILLIS,
  usePostgresTestServer,
} from './testing';

jest.setTimeout(60_000);

const server = usePostgresTestServer();
const NEWEST = Math.max(...MIGRATIONS.map((m) => m.version));
// The advisory lock migrate() takes: ('debt', hashtext(schema)).
const MIGRATION_LOCK_CLASS = 0x64656274;

const withClient = async <T>(url: string, work: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** What a schema holds: its tables and columns, its functions and its applied migrations. */
const schemaContents = (url: string, schema: string): Promise<unknown> =>
  withClient(url, async (client) => {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
      [schema],
    );
    const functions = await client.query(
      `SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS arguments
         FROM pg_proc AS p JOIN pg_namespace AS n ON n.oid = p.pronamespace
        WHERE n.nspname = $1 ORDER BY 1, 2`,
      [schema],
    );
    const present = await client.query<{ present: boolean }>(
      'SELECT to_regclass($1) IS NOT NULL AS present',
      [schemaNames(schema).migrations],
    );
    const applied =
      present.rows[0]?.present === true
        ? (await client.query(`SELECT version, name FROM ${schemaNames(schema).migrations}`)).rows
        : null;
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    return {
      exists: exists.rowCount === 1,
      columns: columns.rows,
      functions: functions.rows,
      applied,
    };
  });

describe('Opening PostgreSQL to read only', () => {
  describe('with a role that may only connect, use the schema and SELECT its tables', () => {
    let owner: string;
    let role: ReadOnlyRole;
    const appended: string[] = [];

    beforeAll(async () => {
      owner = await server().createDatabase();
      const stores = await openPostgresStores({ connectionString: owner });
      try {
        const streams = ['a', 'b', 'c'].map(() => uniqueStreamId('invoice', 'acme'));
        for (let n = 0; n < 25; n += 1) {
          const event = makeEvent({ tenantId: n % 5 === 0 ? 'bolt' : 'acme', data: { n } });
          await stores.events.appendToStream(streams[n % 3] ?? '', [event], {
            expectedVersion: 'any',
          });
          appended.push(event.eventId);
        }
        await stores.projections.commit('aging', { checkpoint: 'c-25', state: { n: 25 } });
      } finally {
        await stores.close();
      }
      role = await createReadOnlyRole(owner);
    });
    afterAll(async () => {
      await role.drop();
    });

    const openReadOnly = (): Promise<PostgresStores> =>
      openPostgresStores({
        connectionString: role.connectionString,
        readOnly: true,
        settleMillis: TEST_SETTLE_MILLIS,
      });

    it('reads every event in pages, counts them and loads a projection', async () => {
      const stores = await openReadOnly();
      try {
        const pages = await collect(stores.events.readAllPages({ batchSize: 4 }));
        expect(pages.flat().map((event) => event.eventId)).toEqual(appended);
        expect(pages.length).toBe(Math.ceil(appended.length / 4));
        expect(await stores.events.countAll()).toBe(appended.length);
        expect(await stores.events.countAll({ tenantId: 'bolt' })).toBe(5);
        expect(await stores.projections.load('aging')).toEqual({
          checkpoint: 'c-25',
          state: { n: 25 },
        });
      } finally {
        await stores.close();
      }
    });

    it('cannot open the store to write: migrating on open needs CREATE', async () => {
      await expect(
        openPostgresStores({ connectionString: role.connectionString }),
      ).rejects.toMatchObject({ name: 'InsufficientPrivilege', access: 'write' });
    });

    it('can write nothing through a store opened to read', async () => {
      const stores = await openReadOnly();
      try {
        await expect(
          stores.events.appendToStream('invoice:acme:new', [makeEvent()], {
            expectedVersion: 'no-stream',
          }),
        ).rejects.toMatchObject({ code: '42501' });
        await expect(
          stores.projections.commit('aging', { checkpoint: 'c-0', state: {} }),
        ).rejects.toMatchObject({ code: '42501' });
      } finally {
        await stores.close();
      }
      const again = await openReadOnly();
      try {
        expect(await again.events.countAll()).toBe(appended.length);
      } finally {
        await again.close();
      }
    });
  });

  it('opens while another process holds the migration lock: it takes no lock', async () => {
    const owner = await server().createDatabase();
    await (await openPostgresStores({ connectionString: owner })).close();
    const holder = new Client({ connectionString: owner });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        MIGRATION_LOCK_CLASS,
        'public',
      ]);
      const opened = openPostgresStores({ connectionString: owner, readOnly: true });
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<'waited'>((resolve) => {
        timer = setTimeout(resolve, 5_000, 'waited');
      });
      const first = await Promise.race([opened, waited]);
      clearTimeout(timer);
      expect(first).not.toBe('waited');
      await (await opened).close();
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });

  describe('a schema behind this release', () => {
    it.each(Array.from({ length: NEWEST - 1 }, (_, k) => k + 1))(
      'at migration %i is refused, and left as it was',
      async (applied) => {
        const owner = await server().createDatabase();
        const pool = new Pool({ connectionString: owner, max: 1 });
        try {
          await migrate(pool, schemaNames(), MIGRATIONS.slice(0, applied));
        } finally {
          await pool.end();
        }
        const before = await schemaContents(owner, 'public');

        const opening = openPostgresStores({ connectionString: owner, readOnly: true });

        await expect(opening).rejects.toBeInstanceOf(SchemaNotMigrated);
        await expect(opening).rejects.toMatchObject({ applied, readsFrom: NEWEST });
        expect(await schemaContents(owner, 'public')).toEqual(before);
      },
    );

    it('with no migrations table at all is refused as at migration 0, and not created', async () => {
      const owner = await server().createDatabase();
      const before = await schemaContents(owner, 'elsewhere');

      const opening = openPostgresStores({
        connectionString: owner,
        schema: 'elsewhere',
        readOnly: true,
      });

      await expect(opening).rejects.toMatchObject({
        name: 'SchemaNotMigrated',
        applied: 0,
        readsFrom: NEWEST,
      });
      expect(await schemaContents(owner, 'elsewhere')).toEqual(before);
      expect(before).toMatchObject({ exists: false, applied: null });
    });
  });

  it('refuses a schema a newer release migrated further with SchemaTooNew', async () => {
    const owner = await server().createDatabase();
    await (await openPostgresStores({ connectionString: owner })).close();
    await withClient(owner, (client) =>
      client.query(
        `INSERT INTO ${schemaNames().migrations} (version, name) VALUES ($1, 'from the future')`,
        [NEWEST + 1],
      ),
    );

    await expect(
      openPostgresStores({ connectionString: owner, readOnly: true }),
    ).rejects.toBeInstanceOf(SchemaTooNew);
  });
});
