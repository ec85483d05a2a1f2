import { usePostgresTestServer, useRolesWithout } from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeFileSync } from 'node:fs';
import { runCli } from '../testing/run-cli';
import { allEvents } from './testing/expected-books';
import { seedBooksInTwoRounds } from './testing/seed-books';

jest.setTimeout(120_000);

const server = usePostgresTestServer();

/** One line on stderr, no stack: what an analyst reads and an admin acts on. */
const ONE_LINE = /^debiteur: [^\n]+\n$/;

describe('The CLI on a PostgreSQL role that lacks a grant', () => {
  const folder = useTempFolder('read-only-grants', { per: 'describe' });
  let owner: string;
  let database: string;

  beforeAll(async () => {
    owner = await server().createDatabase();
    database = new URL(owner).pathname.slice(1);
    await seedBooksInTwoRounds(owner);
  });
  const roleWithout = useRolesWithout(() => owner);

  it('refuses every read command without SELECT on schema_migrations in one line naming the grant (exit 1)', async () => {
    const role = await roleWithout({ select: 'schema_migrations' });

    for (const command of [['replay', '--projection', 'aging'], ['export'], ['verify']]) {
      const run = await runCli([...command, '--store', role.connectionString]);

      expect({ command, code: run.code, stdout: run.stdout }).toEqual({
        command,
        code: 1,
        stdout: '',
      });
      expect(run.stderr).toMatch(ONE_LINE);
      expect(run.stderr).toContain('SELECT on table public.schema_migrations');
      expect(run.stderr).toContain(
        `GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "${role.name}"`,
      );
    }
  });

  it('refuses export without SELECT on the events table, before it writes a line', async () => {
    const role = await roleWithout({ select: 'events' });

    const run = await runCli(['export', '--store', role.connectionString]);

    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(ONE_LINE);
    expect(run.stderr).toContain('SELECT on table public.events');
    expect(run.stderr).toContain(`GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "${role.name}"`);
  });

  it('refuses replay without USAGE on the schema, naming the grant', async () => {
    const role = await roleWithout('USAGE');

    const run = await runCli(['replay', '--projection', 'aging', '--store', role.connectionString]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(ONE_LINE);
    expect(run.stderr).toContain(`GRANT USAGE ON SCHEMA "public" TO "${role.name}"`);
  });

  it('refuses verify without CONNECT on the database, naming the grant', async () => {
    const role = await roleWithout('CONNECT');

    const run = await runCli(['verify', '--store', role.connectionString]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(ONE_LINE);
    expect(run.stderr).toContain(`GRANT CONNECT ON DATABASE "${database}" TO "${role.name}"`);
  });

  it('refuses import by a role that may only read in one line (exit 1), and writes nothing', async () => {
    const role = await roleWithout();
    const exported = await runCli(['export', '--store', owner]);
    const file = folder.path('books.jsonl');
    writeFileSync(file, exported.stdout);
    const before = (await allEvents(owner)).length;

    const run = await runCli(['import', file, '--store', role.connectionString]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(ONE_LINE);
    expect(run.stderr).toContain(`CREATE on database ${database}`);
    expect((await allEvents(owner)).length).toBe(before);
  });
});
