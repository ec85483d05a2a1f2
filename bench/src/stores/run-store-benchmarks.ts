/**
 * `pnpm bench:stores`: every store figure as a ratio of the adapter to the raw driver,
 * measured in this process, in this run, on the same data. Prints a Markdown table and
 * writes the whole run as JSON. Options: see parseBenchOptions.
 */
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { BenchContext, suiteCommand } from './bench-context';
import { dataBytes } from './bench-events';
import { Suite, parseBenchOptions } from './bench-options';
import { benchSizes } from './bench-sizes';
import { Figure } from './figure';
import { describeMachine } from './machine';
import { memoryStoreFigures } from './memory/memory-store.bench';
import { BenchPostgres, startBenchPostgres } from './postgres/bench-postgres';
import { postgresAppendFigures } from './postgres/postgres-append.bench';
import { postgresConcurrencyFigures } from './postgres/postgres-concurrency.bench';
import { postgresReadAllFigures } from './postgres/postgres-read-all.bench';
import { PostgresTarget } from './postgres/postgres-trials';
import { formatTable, writeResults } from './report';
import { readAllRssFigures } from './rss/read-all-rss.bench';
import { sqliteAppendFigures } from './sqlite/sqlite-append.bench';
import { sqliteReadAllFigures } from './sqlite/sqlite-read-all.bench';
import { tempFolder } from './temp-folder';

const DEFAULT_OUT = resolve(__dirname, '..', '..', 'results', 'store-benchmarks.json');
const POSTGRES_SUITES: readonly Suite[] = [
  'postgres-append',
  'postgres-concurrent',
  'postgres-read',
];

const sqliteVersion = (): string => {
  const db = new Database(':memory:');
  try {
    return (
      db.prepare<[], { version: string }>('SELECT sqlite_version() AS version').get()?.version ??
      '?'
    );
  } finally {
    db.close();
  }
};

const main = async (): Promise<void> => {
  const options = parseBenchOptions(process.argv.slice(2), DEFAULT_OUT);
  const started = Date.now();
  const machineAtStart = describeMachine();
  const log = (message: string): void => {
    process.stderr.write(
      `[${((Date.now() - started) / 1_000).toFixed(0).padStart(4)} s] ${message}\n`,
    );
  };
  const folder = tempFolder();
  process.once('SIGINT', () => {
    folder.remove();
    process.exit(130);
  });
  const context: BenchContext = {
    options,
    sizes: benchSizes(options.events),
    repetitions: { warmups: options.warmups, repetitions: options.repetitions },
    folder,
    log,
    command: suiteCommand(options),
  };
  const runs = (suite: Suite): boolean => options.suites.includes(suite);
  const figures: Figure[] = [];
  let postgres: BenchPostgres | null = null;
  let admin: Pool | null = null;
  try {
    if (runs('sqlite-append')) figures.push(...(await sqliteAppendFigures(context)));
    if (runs('sqlite-read')) figures.push(...(await sqliteReadAllFigures(context)));
    if (POSTGRES_SUITES.some(runs)) {
      log('Starting PostgreSQL');
      postgres = await startBenchPostgres();
      log(postgres.server);
      admin = new Pool({ connectionString: postgres.url, max: 2 });
      const target: PostgresTarget = { url: postgres.url, admin };
      if (runs('postgres-append')) figures.push(...(await postgresAppendFigures(context, target)));
      if (runs('postgres-concurrent'))
        figures.push(...(await postgresConcurrencyFigures(context, target)));
      if (runs('postgres-read')) figures.push(...(await postgresReadAllFigures(context, target)));
    }
    if (runs('memory')) figures.push(...(await memoryStoreFigures(context)));
    if (runs('rss')) figures.push(...(await readAllRssFigures(context)));
  } finally {
    await admin?.end();
    await postgres?.stop();
    folder.remove();
  }

  const machine = describeMachine();
  process.stdout.write(`\n${formatTable(figures)}\n\n`);
  process.stdout.write(
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, ` +
      `SQLite ${sqliteVersion()}; load average ${machineAtStart.loadAverage} at start, ` +
      `${machine.loadAverage} at end; ${((Date.now() - started) / 1_000).toFixed(0)} s\n`,
  );
  if (options.out !== null) {
    writeResults(options.out, {
      date: new Date().toISOString(),
      machine,
      loadAverageAtStart: machineAtStart.loadAverage,
      sqlite: sqliteVersion(),
      postgres: postgres?.server ?? null,
      options,
      sizes: context.sizes,
      eventDataBytes: dataBytes(),
      seconds: (Date.now() - started) / 1_000,
      figures,
    });
    process.stdout.write(`Results: ${options.out}\n`);
  }
  if (figures.some((figure) => figure.met === false)) {
    process.stdout.write('Some goals are not met: see docs/benchmarks.md for why.\n');
  }
};

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
