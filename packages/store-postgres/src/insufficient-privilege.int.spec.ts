import { collect, makeEvent } from '@debiteur/eventstore/testing';
import { Client, escapeIdentifier } from 'pg';
import { openPostgresStores } from './open-postgres-stores';
import {
  ReadOnlyRole,
  TEST_SETTLE_MILLIS,
  usePostgresTestServer,
  useRolesWithout,
} from './testing';

jest.setTimeout(60_000);

const server = usePostgresTestServer();

describe('Opening PostgreSQL with a role that lacks a grant', () => {
  let owner: string;
  let database: string;

  beforeAll(async () => {
    owner = await server().createDatabase();
    database = new URL(owner).pathname.slice(1);
    await (await openPostgresStores({ connectionString: owner })).close();
  });
  const roleWithout = useRolesWithout(() => owner);

  /** Grants SELECT on each column of the table but `except`, in a column list, to the role. */
  const grantColumns = async (role: ReadOnlyRole, table: string, except: string[] = []) => {
    const client = new Client({ connectionString: owner });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute
          WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
        [`public.${table}`],
      );
      const columns = rows.map((row) => row.name).filter((name) => !except.includes(name));
      await client.query(
        `GRANT SELECT (${columns.map(escapeIdentifier).join(', ')})
            ON public.${escapeIdentifier(table)} TO ${escapeIdentifier(role.name)}`,
      );
    } finally {
      await client.end();
    }
  };

  const openToRead = (role: ReadOnlyRole) =>
    openPostgresStores({
      connectionString: role.connectionString,
      readOnly: true,
      settleMillis: TEST_SETTLE_MILLIS,
    });

  describe('to read only', () => {
    it.each(['schema_migrations', 'events', 'streams', 'projections'])(
      'without SELECT on %s is refused, naming the table and the grant',
      async (table) => {
        const role = await roleWithout({ select: table });

        await expect(openToRead(role)).rejects.toMatchObject({
          name: 'InsufficientPrivilege',
          role: role.name,
          access: 'read',
          lacks: [`SELECT on table public.${table}`],
          grants: [`GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "${role.name}"`],
        });
      },
    );

    it('with SELECT on each column of a table instead of on the table opens and reads it', async () => {
      const writer = await openPostgresStores({ connectionString: owner });
      const event = makeEvent();
      try {
        await writer.events.appendToStream('invoice:acme:INV-COLUMNS', [event], {
          expectedVersion: 'any',
        });
      } finally {
        await writer.close();
      }
      const role = await roleWithout({ select: 'events' });
      await grantColumns(role, 'events');

      const stores = await openToRead(role);
      try {
        const read = (await collect(stores.events.readAllPages({ batchSize: 10 }))).flat();
        expect(read.map((e) => e.eventId)).toContain(event.eventId);
        expect(await stores.events.countAll()).toBe(read.length);
      } finally {
        await stores.close();
      }
    });

    it('with SELECT on only some columns of a table is refused, naming the table', async () => {
      const role = await roleWithout({ select: 'events' });
      await grantColumns(role, 'events', ['data']);

      await expect(openToRead(role)).rejects.toMatchObject({
        name: 'InsufficientPrivilege',
        role: role.name,
        access: 'read',
        lacks: ['SELECT on table public.events'],
        grants: [`GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "${role.name}"`],
      });
    });

    it('without USAGE on the schema is refused, naming the schema and the grant', async () => {
      const role = await roleWithout('USAGE');

      await expect(openToRead(role)).rejects.toMatchObject({
        name: 'InsufficientPrivilege',
        role: role.name,
        lacks: ['USAGE on schema public'],
        grants: [`GRANT USAGE ON SCHEMA "public" TO "${role.name}"`],
      });
    });

    it('names everything it lacks at once', async () => {
      const role = await roleWithout(
        'USAGE',
        { select: 'events' },
        { select: 'schema_migrations' },
      );

      await expect(openToRead(role)).rejects.toMatchObject({
        lacks: [
          'USAGE on schema public',
          'SELECT on table public.schema_migrations',
          'SELECT on table public.events',
        ],
        grants: [
          `GRANT USAGE ON SCHEMA "public" TO "${role.name}"`,
          `GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "${role.name}"`,
        ],
      });
    });

    it('without CONNECT on the database is refused, naming the database and the grant', async () => {
      const role = await roleWithout('CONNECT');

      await expect(openToRead(role)).rejects.toMatchObject({
        name: 'InsufficientPrivilege',
        role: role.name,
        lacks: [`CONNECT on database ${database}`],
        grants: [`GRANT CONNECT ON DATABASE "${database}" TO "${role.name}"`],
      });
    });
  });

  describe('to write', () => {
    it('with a role that may only read is refused, naming what migrating needs', async () => {
      const role = await roleWithout();

      await expect(
        openPostgresStores({ connectionString: role.connectionString }),
      ).rejects.toMatchObject({
        name: 'InsufficientPrivilege',
        role: role.name,
        access: 'write',
        lacks: [`CREATE on database ${database}`, 'CREATE on schema public'],
        grants: [],
      });
    });

    it('without CONNECT on the database is refused, naming the database and the grant', async () => {
      const role = await roleWithout('CONNECT');

      await expect(
        openPostgresStores({ connectionString: role.connectionString }),
      ).rejects.toMatchObject({
        name: 'InsufficientPrivilege',
        access: 'write',
        lacks: [`CONNECT on database ${database}`],
        grants: [`GRANT CONNECT ON DATABASE "${database}" TO "${role.name}"`],
      });
    });
  });
});
