import { openStores } from '@debiteur/application';
import { RecordedEvent } from '@debiteur/eventstore';
import { watchChild } from '@debiteur/eventstore/testing';
import { DEFAULT_BUSY_TIMEOUT_MS } from '@debiteur/store-sqlite';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allEvents } from '../analyst/testing/expected-books';
import { runCli } from '../testing/run-cli';

jest.setTimeout(180_000);

/**
 * Another process's writer, as a plain Node script (argv: better-sqlite3's path, the
 * database, a row count, milliseconds): once the events table holds that many rows, it
 * takes the write lock (BEGIN IMMEDIATE), says how many rows it found, holds the lock that
 * long, and lets go. It tries for the lock without waiting, again and again, so an import
 * committing group after group cannot keep it out (SQLite's busy handler sleeps between
 * tries and could miss every gap between the import's transactions).
 */
const LOCK_HOLDER = `
const [, driver, path, atRows, holdMs] = process.argv;
const Database = require(driver);
const db = new Database(path, { timeout: 0 });
const rows = db.prepare('SELECT count(*) FROM events').pluck();
const giveUpAt = Date.now() + 60000;
const tryToLock = () => {
  if (Date.now() > giveUpAt) throw new Error('no rows to lock after a minute');
  if (rows.get() < Number(atRows)) return setTimeout(tryToLock, 1);
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if (error.code !== 'SQLITE_BUSY') throw error;
    return setImmediate(tryToLock);
  }
  console.log(JSON.stringify({ locked: rows.get() }));
  setTimeout(() => {
    db.exec('ROLLBACK');
    db.close();
    console.log(JSON.stringify({ released: true }));
  }, Number(holdMs));
};
console.log(JSON.stringify({ waiting: true }));
tryToLock();
`;

const BETTER_SQLITE3 = require.resolve('better-sqlite3', {
  paths: [join(__dirname, '..', '..', '..', '..', 'packages', 'store-sqlite')],
});

/**
 * Starts the lock holder on `path`; resolves once it has opened the database and waits
 * for rows, with how many rows it found when it took the lock and when it has let go.
 */
const holdLockOnceRowsExist = async (path: string, holdMs: number) => {
  const args = [BETTER_SQLITE3, path, '1', String(holdMs)];
  const child = spawn(process.execPath, ['-e', LOCK_HOLDER, ...args]);
  let ready: () => void = () => undefined;
  const waiting = new Promise<void>((resolve) => (ready = resolve));
  let rowsAtLock: number | null = null;
  const done = watchChild(child, (line) => {
    const said = JSON.parse(line) as { waiting?: true; locked?: number };
    if (said.waiting === true) ready();
    if (said.locked !== undefined) rowsAtLock = said.locked;
  });
  await Promise.race([waiting, done]);
  const released = done.then((outcome) => {
    if (outcome.code !== 0) throw new Error(`the lock holder failed: ${outcome.stderr}`);
    return { rowsAtLock: rowsAtLock ?? 0 };
  });
  return { released };
};

/** Each event as `[eventId, streamId, streamVersion]`, in the order given. */
const idsOf = (events: readonly RecordedEvent[]): string[] =>
  events.map((e) => JSON.stringify([e.eventId, e.streamId, e.streamVersion]));

const countsOf = (stdout: string): Record<string, number> =>
  JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;

/** An empty store, its schema made, so the lock holder can open it before the import. */
const emptyStore = async (path: string): Promise<string> => {
  const location = `sqlite:${path}`;
  const stores = await openStores(location);
  await stores.close();
  return location;
};

describe('debiteur import into SQLite while another process holds the write lock', () => {
  const folder = useTempFolder('import-under-lock', { per: 'describe' });
  let portfolio: string;
  let events: RecordedEvent[];
  beforeAll(async () => {
    portfolio = folder.path('portfolio.jsonl');
    const generated = await runCli([
      'generate',
      ...['--tenants', '1', '--debtors', '150', '--invoices', '3000', '--seed', '11'],
      ...['--out', `jsonl:${portfolio}`],
    ]);
    expect(generated.code).toBe(0);
    const lines = readFileSync(portfolio, 'utf8').trim().split('\n');
    events = lines.map((line) => JSON.parse(line) as RecordedEvent);
    // Dozens of batches of 256 runs: the import is still appending when the lock is taken.
    expect(events.length).toBeGreaterThan(20 * 256);
  });

  it('retries the runs of a group refused for the lock and stores the file in its order', async () => {
    const path = folder.path('held-a-while.db');
    const store = await emptyStore(path);
    // Past the busy timeout, so the group waiting for the lock fails as a whole; not past
    // two, so the first run retried alone gets the lock.
    const { released } = await holdLockOnceRowsExist(path, DEFAULT_BUSY_TIMEOUT_MS * 1.5);

    const run = await runCli(['import', '--format', 'jsonl', portfolio, '--store', store]);

    const { rowsAtLock } = await released;
    expect(rowsAtLock).toBeGreaterThan(0);
    expect(rowsAtLock).toBeLessThan(events.length);
    expect(run.stderr).toContain(`${events.length} events appended`);
    expect(run.code).toBe(0);
    expect(countsOf(run.stdout)).toMatchObject({ appended: events.length, inStore: events.length });
    expect(idsOf(await allEvents(store))).toEqual(idsOf(events));
  });

  it('fails in one line when the lock outlasts the retry too; a second import completes the store in order', async () => {
    const path = folder.path('held-too-long.db');
    const store = await emptyStore(path);
    // Past twice the busy timeout: the group fails, and so does its first run alone.
    const { released } = await holdLockOnceRowsExist(path, DEFAULT_BUSY_TIMEOUT_MS * 2.8);

    const failed = await runCli(['import', '--format', 'jsonl', portfolio, '--store', store]);

    const { rowsAtLock } = await released;
    expect(rowsAtLock).toBeGreaterThan(0);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^debiteur: .*:\d+: .+@\d+: .*SQLITE_BUSY.*; the file's events before this line are stored: run the import again to finish/,
      ),
    ]);
    // What was stored before the lock, the file's first events in its order, and no more.
    expect(idsOf(await allEvents(store))).toEqual(idsOf(events.slice(0, rowsAtLock)));

    const second = await runCli(['import', '--format', 'jsonl', portfolio, '--store', store]);

    expect(second.code).toBe(0);
    expect(countsOf(second.stdout)).toMatchObject({
      appended: events.length - rowsAtLock,
      alreadyThere: rowsAtLock,
      inStore: events.length,
    });
    expect(idsOf(await allEvents(store))).toEqual(idsOf(events));
  });
});
