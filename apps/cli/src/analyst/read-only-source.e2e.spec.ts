import { instant, Instant } from '@debiteur/core';
import { createPool, MIGRATIONS, migrate, schemaNames } from '@debiteur/store-postgres';
import {
  createReadOnlyRole,
  ReadOnlyRole,
  usePostgresTestServer,
} from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../testing/run-cli';
import { allEvents, byProjection, expectedBooks } from './testing/expected-books';
import { ACME, BOLT, seedBooksInTwoRounds, valid } from './testing/seed-books';

jest.setTimeout(120_000);

const server = usePostgresTestServer();
const END_OF_YEAR: Instant = valid(instant('2026-12-31T12:00:00+01:00'));
const NEWEST = Math.max(...MIGRATIONS.map((m) => m.version));

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const jsonLines = (stdout: string): string[] => stdout.split('\n').filter((line) => line !== '');

/** Runs `work` on a pool of the owner's (the package's own driver: the CLI has none). */
const withPool = async <T>(
  url: string,
  work: (pool: ReturnType<typeof createPool>) => Promise<T>,
): Promise<T> => {
  const pool = createPool({ connectionString: url, poolSize: 1 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
};

const appliedMigrations = (url: string): Promise<number[]> =>
  withPool(url, async (pool) => {
    const { rows } = await pool.query<{ version: number }>(
      `SELECT version FROM ${schemaNames().migrations} ORDER BY version`,
    );
    return rows.map((row) => row.version);
  });

describe('The read commands on a PostgreSQL role that may only SELECT', () => {
  let owner: string;
  let role: ReadOnlyRole;
  beforeAll(async () => {
    owner = await server().createDatabase();
    await seedBooksInTwoRounds(owner);
    role = await createReadOnlyRole(owner);
  });
  afterAll(async () => {
    await role.drop();
  });

  it('debiteur replay --projection aging gives the books', async () => {
    const run = await runCli([
      ...['replay', '--projection', 'aging', '--as-of', END_OF_YEAR],
      ...['--store', role.connectionString],
    ]);

    expect(run.code).toBe(0);
    const expected = expectedBooks(await allEvents(owner), END_OF_YEAR, [ACME, BOLT]);
    expect(byProjection(run.stdout)['aging']).toEqual(expected['aging']);
    expect(expected['aging']).toHaveLength(2);
  });

  it('debiteur export gives every event', async () => {
    const run = await runCli(['export', '--store', role.connectionString]);

    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const events = await allEvents(owner);
    expect(jsonLines(run.stdout)).toEqual(events.map((event) => JSON.stringify(event)));
    expect(events.length).toBeGreaterThan(10);
  });

  it('debiteur verify finds the books sound', async () => {
    const run = await runCli(['verify', '--store', role.connectionString]);

    expect(run.code).toBe(0);
  });
});

describe('The read commands on a PostgreSQL schema behind this release', () => {
  it('refuse it in one line (exit 1), and leave it unmigrated', async () => {
    const owner = await server().createDatabase();
    await withPool(owner, (pool) => migrate(pool, schemaNames(), MIGRATIONS.slice(0, NEWEST - 2)));

    for (const command of [['replay', '--projection', 'aging'], ['export'], ['verify']]) {
      const run = await runCli([...command, '--store', owner]);
      expect({ command, code: run.code, stderr: run.stderr }).toEqual({
        command,
        code: 1,
        stderr:
          `debiteur: Schema public is at migration ${NEWEST - 2}, and this release reads from ` +
          `migration ${NEWEST}: the service (or any write command) migrates it on its next start\n`,
      });
    }
    expect(await appliedMigrations(owner)).toEqual(
      MIGRATIONS.slice(0, NEWEST - 2).map((m) => m.version),
    );
  });
});

describe('The read commands on a SQLite file', () => {
  const folder = useTempFolder('read-only-source', { per: 'describe' });

  it('read it without changing a byte', async () => {
    const path = folder.path('books.db');
    await seedBooksInTwoRounds(`sqlite:${path}`);
    const bytes = readFileSync(path);

    const replay = await runCli(['replay', '--projection', 'aging', '--store', `sqlite:${path}`]);
    const exported = await runCli(['export', '--store', `sqlite:${path}`]);

    expect([replay.code, exported.code]).toEqual([0, 0]);
    expect(jsonLines(exported.stdout)).toHaveLength((await allEvents(`sqlite:${path}`)).length);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuse a file that holds no store in one line (exit 1), and leave it empty', async () => {
    const path = folder.path('not-books.db');
    writeFileSync(path, '');

    const run = await runCli(['export', '--store', `sqlite:${path}`]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^debiteur: Database ${escapeRegExp(path)} is at migration 0 \\(no Debiteur tables\\), and this ` +
          'release reads from migration \\d+: the service \\(or any write command\\) migrates ' +
          'it on its next start\n$',
      ),
    );
    expect(readFileSync(path)).toHaveLength(0);
  });
});
