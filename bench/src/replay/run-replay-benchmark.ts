/**
 * `pnpm bench:replay`: `debiteur replay --projection all` over 1,000,000 events (or
 * `--events N`) from SQLite and from PostgreSQL, against the raw read + JSON.parse rate of
 * the same table measured in the same run. Goal: ≥ 150,000 events/s from SQLite, at least
 * 60% of raw, with a peak RSS under 300 MB. Each store is replayed `--runs N` times (default
 * 3); the table shows the median replay against the raw rate. Flags: --events N, --runs N,
 * --sqlite-only, --postgres-only.
 */
import { openStores } from '@debiteur/application';
import { DEFAULT_SCHEMA, schemaNames } from '@debiteur/store-postgres';
import { readAheadPages } from '@debiteur/store-sqlite';
import { join } from 'node:path';
import { Pool } from 'pg';
import { processCpuSeconds } from '../process-usage';
import { describeMachine } from '../stores/machine';
import { startBenchPostgres } from '../stores/postgres/bench-postgres';
import { loadPostgres } from '../stores/postgres/raw-postgres';
import { createSqliteFile, loadSqlite, openRawSqlite } from '../stores/sqlite/raw-sqlite';
import { tempFolder } from '../stores/temp-folder';
import { RAW_SQLITE_PAGE, RawRead, rawSqliteRate, SQLITE_PAGE } from './raw-sqlite-read';
import { MILLION_EVENTS, portfolioEvents, PortfolioShape } from './replay-portfolio';
import { median } from '../stores/measure';
import { runScriptInChild } from './script-in-child';

const GOAL_EVENTS_PER_SECOND = 150_000;
const GOAL_SHARE_OF_RAW = 0.6;
const GOAL_PEAK_RSS_MB = 300;
const PAGE = 5_000;

interface ChildReport {
  readonly seconds: number;
  /** CPU time of the replay in every thread of the child; the main thread's alone (Linux). */
  readonly cpuSeconds: number;
  readonly mainThreadCpuSeconds: number | null;
  readonly peakRssMb: number;
  readonly notices: readonly string[];
}

interface Row {
  readonly source: string;
  readonly events: number;
  readonly rawPerSecond: number;
  /** The median of the runs. */
  readonly replayPerSecond: number;
  /** The median of the runs. */
  readonly peakRssMb: number;
  readonly replayRange: readonly [number, number];
  readonly peakRssRange: readonly [number, number];
  /** CPU seconds of the raw read (this process's threads only; not a database server's). */
  readonly rawCpuSeconds: number;
  /** The median run (by rate): its wall-clock seconds and CPU seconds (all threads; main). */
  readonly medianRun: ChildReport;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** How many times each store is replayed (`--runs N`, default 3): the table shows medians. */
const runsOption = (): number => {
  const at = process.argv.indexOf('--runs');
  const value = at < 0 ? 3 : Number(process.argv[at + 1]);
  return Number.isInteger(value) && value >= 1 ? value : 3;
};

const rangeOf = (values: readonly number[]): readonly [number, number] => [
  Math.min(...values),
  Math.max(...values),
];

/** Replays `runs` times, one child process each, and sums up the runs as a table row. */
const replayRuns = async (
  source: string,
  store: string,
  out: string,
  events: number,
  raw: RawRead,
): Promise<Row> => {
  const rates: number[] = [];
  const peaks: number[] = [];
  const reports: ChildReport[] = [];
  for (let run = 1; run <= runsOption(); run += 1) {
    log(`Replaying from ${source}, run ${run}`);
    const report = await replayInChild(store, out);
    for (const notice of report.notices) log(notice);
    rates.push(events / report.seconds);
    peaks.push(report.peakRssMb);
    reports.push(report);
    log(
      `  ${rate(events / report.seconds)}, peak RSS ${report.peakRssMb.toFixed(0)} MB, ` +
        `CPU ${report.cpuSeconds.toFixed(1)} s (main thread ${report.mainThreadCpuSeconds?.toFixed(1) ?? '?'} s)`,
    );
  }
  // The run whose time is the median (the faster middle one of an even count).
  const byTime = [...reports].sort((a, b) => a.seconds - b.seconds);
  const medianRun = byTime[Math.floor((byTime.length - 1) / 2)];
  if (medianRun === undefined) throw new Error('no replay ran');
  return {
    source,
    events,
    rawPerSecond: raw.perSecond,
    replayPerSecond: median(rates),
    peakRssMb: median(peaks),
    replayRange: rangeOf(rates),
    peakRssRange: rangeOf(peaks),
    rawCpuSeconds: raw.cpuSeconds,
    medianRun,
  };
};

const eventsOption = (): number => {
  const at = process.argv.indexOf('--events');
  const value = at < 0 ? undefined : Number(process.argv[at + 1]);
  return value === undefined || !Number.isFinite(value) ? MILLION_EVENTS.events : value;
};

const replayInChild = (store: string, out: string): Promise<ChildReport> =>
  runScriptInChild<ChildReport>(join(__dirname, 'replay-child.script.ts'), [store, out]);

/**
 * The same raw read with the rows read on a thread of their own (the store's
 * `readAheadPages`, as its bulk reads use it since ADR 0018) and both JSON columns parsed
 * here: the replay may use that thread, so the baseline may too.
 */
const threadedRawSqliteRate = async (path: string): Promise<RawRead> => {
  const cpuBefore = processCpuSeconds();
  const started = process.hrtime.bigint();
  let read = 0;
  const pages = readAheadPages({
    path,
    sql: RAW_SQLITE_PAGE,
    params: {},
    after: 0n,
    limit: SQLITE_PAGE,
  });
  for await (const values of pages) {
    for (let at = 0; at < values.length; at += 9) {
      JSON.parse(String(values[at + 6]));
      JSON.parse(String(values[at + 7]));
      read += 1;
    }
  }
  return {
    perSecond: read / (Number(process.hrtime.bigint() - started) / 1e9),
    cpuSeconds: processCpuSeconds() - cpuBefore,
  };
};

/** The raw rate: pages of rows through node-postgres, which JSON.parses the json data. */
const rawPostgresRate = async (url: string): Promise<RawRead> => {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { events } = schemaNames(DEFAULT_SCHEMA);
    const select = `SELECT position, event_id, stream_id, stream_version, type, schema_version, data,
                           tenant_id, occurred_at, actor, reason, correlation_id, causation_id, recorded_at
                      FROM ${events} WHERE position > $1 ORDER BY position LIMIT ${PAGE}`;
    const cpuBefore = processCpuSeconds();
    const started = process.hrtime.bigint();
    let read = 0;
    let after = '0';
    for (;;) {
      const { rows } = await pool.query<{ position: string }>(select, [after]);
      read += rows.length;
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < PAGE) break;
      after = last.position;
    }
    return {
      perSecond: read / (Number(process.hrtime.bigint() - started) / 1e9),
      cpuSeconds: processCpuSeconds() - cpuBefore,
    };
  } finally {
    await pool.end();
  }
};

const rate = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;

const printReport = (rows: readonly Row[], shape: PortfolioShape) => {
  const machine = describeMachine();
  const lines = [
    `Replay benchmark — ${new Date().toISOString()}`,
    `Command: pnpm bench:replay${process.argv.includes('--events') ? ` --events ${shape.events}` : ''}${process.argv.includes('--runs') ? ` --runs ${runsOption()}` : ''}`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, load ${machine.loadAverage}`,
    `Portfolio: ${shape.events.toLocaleString('en-US')} events, ${shape.tenants} tenants × ${shape.debtorsPerTenant} debtors, issued over ${shape.days} days`,
    '',
    `Replays: ${runsOption()} per store, each in a child process; median (slowest–fastest) and median peak RSS (lowest–highest).`,
    '',
    '| source | events | raw read + JSON.parse | replay --projection all | share of raw | peak RSS | goal |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => {
      const share = r.replayPerSecond / r.rawPerSecond;
      const goal =
        r.source === 'SQLite'
          ? r.replayPerSecond >= GOAL_EVENTS_PER_SECOND &&
            share >= GOAL_SHARE_OF_RAW &&
            r.peakRssMb < GOAL_PEAK_RSS_MB
            ? 'met'
            : 'missed'
          : r.peakRssMb < GOAL_PEAK_RSS_MB
            ? `RSS met`
            : 'RSS missed';
      const [slowest, fastest] = r.replayRange;
      const [lowest, highest] = r.peakRssRange;
      return (
        `| ${r.source} | ${r.events.toLocaleString('en-US')} | ${rate(r.rawPerSecond)} | ` +
        `${rate(r.replayPerSecond)} (${rate(slowest)}–${rate(fastest)}) | ${(share * 100).toFixed(1)}% | ` +
        `${r.peakRssMb.toFixed(0)} MB (${lowest.toFixed(0)}–${highest.toFixed(0)}) | ${goal} |`
      );
    }),
    '',
    `Goal (SQLite): ≥ ${GOAL_EVENTS_PER_SECOND.toLocaleString('en-US')} events/s, ≥ ${GOAL_SHARE_OF_RAW * 100}% of raw, peak RSS < ${GOAL_PEAK_RSS_MB} MB.`,
    '',
    `CPU time (user + system) on ${machine.cpus} cores: the raw read's (the faster of the two for SQLite), in all threads of this process;`,
    `the median replay's, in all threads of its process and on its main thread alone. A database server's CPU time is in neither.`,
    '',
    '| source | raw read: CPU s | median replay: wall s | median replay: CPU s, all threads | median replay: CPU s, main thread |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.source} | ${r.rawCpuSeconds.toFixed(1)} | ${r.medianRun.seconds.toFixed(1)} | ` +
        `${r.medianRun.cpuSeconds.toFixed(1)} | ${r.medianRun.mainThreadCpuSeconds?.toFixed(1) ?? '—'} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
};

const main = async (): Promise<void> => {
  const shape: PortfolioShape = { ...MILLION_EVENTS, events: eventsOption() };
  const folder = tempFolder();
  const rows: Row[] = [];
  try {
    const path = folder.file('replay.db');
    if (!process.argv.includes('--postgres-only')) {
      log(`Seeding ${shape.events} events into SQLite`);
      await createSqliteFile(path);
      const db = openRawSqlite(path, false);
      const loaded = loadSqlite(db, portfolioEvents(shape));
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      log('Raw SQLite read + JSON.parse, on this thread and with a reading thread');
      const onThisThread = rawSqliteRate(path);
      const withReadingThread = await threadedRawSqliteRate(path);
      log(
        `  ${rate(onThisThread.perSecond)} on this thread (CPU ${onThisThread.cpuSeconds.toFixed(1)} s), ` +
          `${rate(withReadingThread.perSecond)} with a reading thread (CPU ${withReadingThread.cpuSeconds.toFixed(1)} s)`,
      );
      // The share is taken against the faster of the two: the best baseline we know.
      const rawSqlite =
        onThisThread.perSecond >= withReadingThread.perSecond ? onThisThread : withReadingThread;
      rows.push(
        await replayRuns(
          'SQLite',
          `sqlite:${path}`,
          folder.file('sqlite-books.csv'),
          loaded,
          rawSqlite,
        ),
      );
    }

    if (!process.argv.includes('--sqlite-only')) {
      const postgres = await startBenchPostgres();
      try {
        log(`Seeding ${shape.events} events into PostgreSQL (${postgres.server})`);
        const stores = await openStores(postgres.url);
        await stores.close();
        const pool = new Pool({ connectionString: postgres.url, max: 2 });
        const loadedPg = await loadPostgres(
          pool,
          schemaNames(DEFAULT_SCHEMA),
          portfolioEvents(shape),
        );
        await pool.end();
        log('Raw PostgreSQL read + JSON.parse');
        const rawPg = await rawPostgresRate(postgres.url);
        rows.push(
          await replayRuns(
            'PostgreSQL',
            postgres.url,
            folder.file('postgres-books.csv'),
            loadedPg,
            rawPg,
          ),
        );
      } finally {
        await postgres.stop();
      }
    }
    printReport(rows, shape);
  } finally {
    folder.remove();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
