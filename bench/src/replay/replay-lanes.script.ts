/**
 * Child process of `pnpm bench:replay-limits`: the best case of a replay in lanes without a
 * reading thread (docs/adr/0020). The tenants are split into `lanes` shares of about equal
 * event counts; each share is replayed on a worker thread of its own, which reads its rows
 * itself (one read-only connection, pages of 1,000 in global order, the other shares' rows
 * skipped by SQLite), folds them with the replay's own fold (`replayFold`: the reports and
 * the timeline) and writes its own output files. Nothing merges the lanes' outputs, which a
 * real replay in lanes would have to: a lower bound of its time.
 *
 * Usage (bundled, by script-in-child.ts): node <bundle> <sqlite path> <lanes> <out prefix>;
 * prints one JSON line: seconds, CPU seconds (all threads), peak RSS in MB, events read.
 */
import { systemClock } from '@debiteur/application';
import { businessDateOf, CalendarDate } from '@debiteur/core';
import Database from 'better-sqlite3';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { recordedEventsOf } from '../../../packages/store-sqlite/src/event-rows';
import { CliIo } from '../../../apps/cli/src/cli-io';
import { csvLine } from '../../../apps/cli/src/analyst/csv';
import { openLineSink } from '../../../apps/cli/src/analyst/line-sink';
import { replayFold } from '../../../apps/cli/src/replay/replay-fold';
import {
  csvRowsOf,
  ReportProjection,
  reportRecords,
  tenantsOf,
} from '../../../apps/cli/src/replay/replay-projections';
import { timelineCsvLine } from '../../../apps/cli/src/replay/timeline-lines';
import { highWaterMb, processCpuSeconds } from '../process-usage';
import { RAW_SQLITE_PAGE, SQLITE_PAGE } from './raw-sqlite-read';

/** What a lane is given: the file, its share of the tenants (null: all), where it writes. */
interface LaneTask {
  readonly path: string;
  readonly tenants: readonly string[] | null;
  readonly out: string;
  readonly today: CalendarDate;
}

const REPORTS: readonly ReportProjection[] = ['behaviour', 'aging', 'dso', 'call-sheet'];

/** The replay's page query, keeping only the rows of a share of the tenants (no index: `+`). */
const LANE_PAGE = RAW_SQLITE_PAGE.replace(
  'WHERE position > @after',
  'WHERE position > @after AND +tenant_id IN (SELECT value FROM json_each(@tenants))',
);

const quietIo: CliIo = { out: () => undefined, err: () => undefined, env: process.env };

async function* lanePages(task: LaneTask, db: Database.Database) {
  const select = db.prepare(task.tenants === null ? RAW_SQLITE_PAGE : LANE_PAGE).raw(true);
  const tenants = JSON.stringify(task.tenants);
  let after = 0n;
  for (;;) {
    const params = { after, limit: SQLITE_PAGE, ...(task.tenants === null ? {} : { tenants }) };
    const rows = select.all(params) as string[][];
    const values: string[] = [];
    for (const row of rows) for (const value of row) values.push(value);
    if (rows.length > 0) yield recordedEventsOf(values);
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < SQLITE_PAGE) return;
    after = BigInt(last[0] ?? '0');
  }
}

/** One lane: its share read, folded and written, as `debiteur replay --projection all` does. */
const runLane = async (task: LaneTask): Promise<number> => {
  const db = new Database(task.path, { readonly: true, fileMustExist: true });
  const timeline = openLineSink(`${task.out}.timeline.csv`, quietIo);
  try {
    const result = await replayFold(lanePages(task, db), {
      reports: true,
      asOf: null,
      trusted: true,
      onTimelineEntry: (row) => timeline.add(timelineCsvLine(row)),
      afterPage: () => timeline.drain(),
    });
    const tenants = tenantsOf(result.reports, undefined);
    for (const projection of REPORTS) {
      const sink = openLineSink(`${task.out}.${projection}.csv`, quietIo);
      for (const record of reportRecords(projection, result.reports, tenants, task.today)) {
        for (const row of csvRowsOf(record)) sink.add(csvLine(row));
        await sink.drain();
      }
      await sink.close();
    }
    return result.read;
  } finally {
    await timeline.close();
    db.close();
  }
};

/** The tenants in `lanes` shares of about equal event counts (largest tenant first). */
const sharesOf = (path: string, lanes: number): string[][] => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const counts = db
      .prepare('SELECT tenant_id, count(*) FROM events GROUP BY tenant_id')
      .raw(true)
      .all() as [string, number][];
    const shares = Array.from({ length: lanes }, () => ({ tenants: [] as string[], events: 0 }));
    for (const [tenant, events] of counts.sort((a, b) => b[1] - a[1])) {
      const smallest = shares.reduce((min, share) => (share.events < min.events ? share : min));
      smallest.tenants.push(tenant);
      smallest.events += events;
    }
    return shares.map((share) => share.tenants);
  } finally {
    db.close();
  }
};

const laneOnThread = (task: LaneTask): Promise<number> =>
  new Promise((done, fail) => {
    // The bundle itself: `__filename` would name the TypeScript source it was built from.
    const worker = new Worker(process.argv[1] ?? '', { workerData: task });
    worker.once('message', (read: number) => done(read));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`a lane ended (${code}) before its result`)));
  });

const main = async (): Promise<void> => {
  const [path, lanesText, out] = process.argv.slice(2);
  const lanes = Number(lanesText);
  if (path === undefined || out === undefined || !Number.isInteger(lanes) || lanes < 1) {
    throw new Error('usage: replay-lanes.script.ts <sqlite path> <lanes> <out prefix>');
  }
  const today = businessDateOf(systemClock.now());
  const started = process.hrtime.bigint();
  const cpuBefore = processCpuSeconds();
  // One lane reads every tenant, unfiltered; with more, the shares are counted first.
  const shares = lanes === 1 ? [null] : sharesOf(path, lanes);
  const reads = await Promise.all(
    shares.map((tenants, lane) => laneOnThread({ path, tenants, out: `${out}-${lane}`, today })),
  );
  const report = {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: processCpuSeconds() - cpuBefore,
    peakRssMb: highWaterMb() ?? process.memoryUsage.rss() / 2 ** 20,
    read: reads.reduce((sum, read) => sum + read, 0),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
};

if (isMainThread) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exitCode = 1;
  });
} else {
  runLane(workerData as LaneTask).then(
    (read) => parentPort?.postMessage(read),
    (error: unknown) => {
      throw error;
    },
  );
}
