import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeMachine } from '../stores/machine';
import { createSqliteFile, loadSqlite, openRawSqlite } from '../stores/sqlite/raw-sqlite';
import { tempFolder } from '../stores/temp-folder';
import { dateOf, seedBook } from './seed-book';

/**
 * One scheduler pass over a book of 100,000 open invoices on SQLite (a measurement, not a
 * test):
 *
 *   npx tsx --tsconfig tsconfig.tsx.json bench/src/scheduler/run-scheduler-benchmark.ts [--invoices N]
 *
 * Seeds the book with raw batched inserts into the adapter's schema, then measures in fresh
 * processes (so peak RSS is the scheduler's): the due-actions read model's catch-up from the
 * first event and its commit; then a restarted scheduler loading that commit and running the
 * pass as of Tuesday 24 March 2026 09:00, with everything due up to Monday taken on its day.
 * Prints one JSON report.
 */
const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? undefined : process.argv[at + 1];
  return value === undefined ? fallback : Number(value);
};

const repoRoot = resolve(__dirname, '..', '..', '..');

/** Runs a measuring phase in its own Node process (tsx as a hook) and reads its JSON. */
const measure = (path: string, phase: 'catch-up' | 'pass'): unknown => {
  const tsx = require.resolve('tsx', { paths: [join(repoRoot, 'packages', 'core')] });
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(tsx).href,
      join(__dirname, 'measure-scheduler.script.ts'),
      path,
      phase,
    ],
    {
      env: { ...process.env, TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.tsx.json') },
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? 'null');
};

const main = async (): Promise<void> => {
  const invoices = argument('invoices', 100_000);
  const folder = tempFolder();
  const path = folder.file('scheduler-bench.db');
  try {
    const started = performance.now();
    const book = seedBook({
      openInvoices: invoices,
      tenants: 5,
      debtorsPerTenant: 4_000,
      issueWindowDays: 120,
      lastDay: dateOf('2026-03-23'),
    });
    await createSqliteFile(path);
    const db = openRawSqlite(path, false);
    loadSqlite(db, book.events);
    db.close();
    const seedSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
    const readModel = measure(path, 'catch-up');
    const pass = measure(path, 'pass');
    process.stdout.write(
      `${JSON.stringify(
        {
          figure: 'one scheduler pass over open invoices, SQLite',
          machine: describeMachine(),
          book: {
            openInvoices: book.openInvoices,
            closedInvoices: book.closedInvoices,
            onHold: book.onHold,
            promised: book.promised,
            events: book.events.length,
            fileMb: Math.round(statSync(path).size / 2 ** 20),
            seedSeconds,
          },
          readModel,
          restartedScheduler: pass,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    folder.remove();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
