import { instant, Instant } from '@debiteur/core';
import { createPool, MIGRATIONS, migrate, schemaNames } from '@debiteur/store-postgres';
import {
  createReadOnlyRole,
  ReadOnlyRole,
  usePostgresTestServer,
} from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { BIN, collectedRun, CliRun, runCli } from '../testing/run-cli';
import { allEvents, byProjection, expectedBooks } from './testing/expected-books';
import { ACME, BOLT, seedBooksInTwoRounds, valid } from './testing/seed-books';

jest.setTimeout(120_000);

const server = usePostgresTestServer();
const END_OF_YEAR: Instant = valid(instant('2026-12-31T12:00:00+01:00'));
const NEWEST = Math.max(...MIGRATIONS.map((m) => m.version));

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether this machine lets a user mount a file system of its own (a user namespace). */
const mountsInNamespace =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', tmpdir()])
    .status === 0;

/** `nobody`: root reads a folder it may not write as if it could, so root runs as it. */
const NOBODY = 65_534;

const readerIdentity = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};

/** Whether that reader can run the command at all: a checkout under `/root` it could not. */
const readerRunsCli =
  spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1])', BIN], {
    ...readerIdentity,
  }).status === 0;

/** Runs `debiteur` as a user who may not write a folder's files (itself, or nobody for root). */
const runCliAsReader = (args: readonly string[], cache: string): Promise<CliRun> =>
  collectedRun(
    spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', XDG_CACHE_HOME: cache },
      ...readerIdentity,
    }),
  );

const unreadableInItsFolder = (path: string, code: string): string =>
  `debiteur: SQLite cannot read ${path} in its folder: it reads a store through books.db-wal ` +
  'and books.db-shm beside it, which the last writer removed on closing, and cannot create ' +
  `them in a folder this user cannot write (${code}). Copy the file into a folder you can ` +
  'write and read the copy\n';

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

  describe('in a folder this user cannot write', () => {
    let store: string;
    let cache: string;
    beforeAll(async () => {
      store = folder.path('seeded.db');
      await seedBooksInTwoRounds(`sqlite:${store}`);
      // Where the command may build its bundle when the checkout is not the reader's to write.
      cache = folder.path('cache');
      mkdirSync(cache);
      chmodSync(cache, 0o777);
    });

    /** A copy of the store in a folder of its own, everyone may read and no one write. */
    const archived = (withReadersFiles: boolean): { path: string; unlock: () => void } => {
      chmodSync(folder.dir, 0o755);
      const archive = folder.path(withReadersFiles ? 'archive-with-shm' : 'archive');
      mkdirSync(archive, { mode: 0o755 });
      const path = `${archive}/books.db`;
      copyFileSync(store, path);
      if (withReadersFiles) {
        writeFileSync(`${path}-wal`, '');
        writeFileSync(`${path}-shm`, Buffer.alloc(32_768));
      }
      chmodSync(archive, 0o555);
      return { path, unlock: () => chmodSync(archive, 0o755) };
    };

    (readerRunsCli ? it : it.skip)(
      'refuse it in one line (exit 1), naming the cause and the way out',
      async () => {
        const { path, unlock } = archived(false);
        try {
          const run = await runCliAsReader(['export', '--store', `sqlite:${path}`], cache);

          expect({ code: run.code, stderr: run.stderr }).toEqual({
            code: 1,
            stderr: unreadableInItsFolder(path, 'SQLITE_READONLY_DIRECTORY'),
          });
        } finally {
          unlock();
        }
      },
    );

    (readerRunsCli ? it : it.skip)(
      'read it when its -wal and -shm files lie beside it',
      async () => {
        const { path, unlock } = archived(true);
        try {
          const run = await runCliAsReader(['export', '--store', `sqlite:${path}`], cache);

          expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
          expect(jsonLines(run.stdout)).toEqual(
            (await allEvents(`sqlite:${store}`)).map((event) => JSON.stringify(event)),
          );
        } finally {
          unlock();
        }
      },
    );

    (mountsInNamespace ? it : it.skip)(
      'refuse it on a read-only file system in the same words (SQLITE_CANTOPEN)',
      () => {
        const archive = folder.path('mounted');
        const mountPoint = folder.path('read-only-mount');
        mkdirSync(archive);
        mkdirSync(mountPoint);
        copyFileSync(store, `${archive}/books.db`);
        const script = [
          'mount --bind "$1" "$2" && mount -o remount,bind,ro "$2" || exit 99',
          '"$3" "$4" replay --projection aging --store "sqlite:$2/books.db"',
        ].join('\n');
        const args = [archive, mountPoint, process.execPath, BIN];
        const run = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', ...args], {
          env: { ...process.env, LOG_LEVEL: 'warn' },
          encoding: 'utf8',
        });

        expect({ code: run.status, stderr: run.stderr }).toEqual({
          code: 1,
          stderr: unreadableInItsFolder(`${mountPoint}/books.db`, 'SQLITE_CANTOPEN'),
        });
      },
    );
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
