/**
 * `pnpm bench:service` (API part): commands per second and p50/p99 latency of
 * `POST /invoices/:id/payments` with 32 connections on SQLite, for the whole Nest API and
 * for a bare Node http handler doing the same store append, in the same run; the ratio
 * shows what the framework and the API's duties (auth, validation, CommandBus, logs,
 * read model) cost. Each server runs in its own child process; autocannon runs here.
 *
 * Run from the repo root:
 *   npx tsx --tsconfig tsconfig.tsx.json bench/src/service/run-api-benchmark.ts
 * `BENCH_SECONDS` (default 5) sets the time of one round, `BENCH_ROUNDS` (default 3) the rounds,
 * `BENCH_DIR` the folder of the SQLite files (default the OS temp folder; `/dev/shm` takes the
 * disk's fsync out and shows the CPU cost alone).
 */
import autocannon from 'autocannon';
import { ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  INVOICES,
  invoiceIdOf,
  ServerKind,
  ServerReady,
  startBenchServer,
} from './service-servers';

const CONNECTIONS = 32;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
/** Where the SQLite files go: on tmpfs (`/dev/shm`) fsync is free and the CPU cost shows. */
const BENCH_DIR = process.env['BENCH_DIR'] ?? tmpdir();
const WARM_UP_SECONDS = 2;

interface Measured {
  readonly kind: ServerKind;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly ok: number;
  readonly failed: number;
}

const serveInChild = async (): Promise<void> => {
  const [kind, path] = [process.argv[3] as ServerKind, process.argv[4] ?? ''];
  const ready = await startBenchServer(kind, path);
  process.send?.(ready);
};

const startChild = (
  kind: ServerKind,
  path: string,
): Promise<{ child: ChildProcess; ready: ServerReady }> =>
  new Promise((resolve, reject) => {
    const child = fork(__filename, ['--serve', kind, path], { execArgv: process.execArgv });
    child.once('message', (ready) => resolve({ child, ready: ready as ServerReady }));
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited with ${code}`)));
  });

const load = (ready: ServerReady, seconds: number): Promise<autocannon.Result> => {
  let n = 0;
  const body = JSON.stringify({ amount: { amount: 1, currency: 'EUR' }, paidOn: '2026-03-01' });
  return autocannon({
    url: `http://127.0.0.1:${ready.port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(ready.authorization === '' ? {} : { authorization: ready.authorization }),
        },
        body,
        setupRequest: (request) => ({ ...request, path: `/invoices/${invoiceIdOf(n++)}/payments` }),
      },
    ],
  });
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

const summarise = (kind: ServerKind, rounds: readonly autocannon.Result[]): Measured => ({
  kind,
  requestsPerSecond: median(rounds.map((r) => r.requests.average)),
  p50: median(rounds.map((r) => r.latency.p50)),
  p99: median(rounds.map((r) => r.latency.p99)),
  ok: rounds.reduce((n, r) => n + r['2xx'], 0),
  failed: rounds.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
});

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

/**
 * Both servers run side by side; the rounds alternate bare, API, bare, API… so a slow
 * patch of the disk (every append is fsynced) hurts both alike. Each figure is the median
 * over the rounds.
 */
const main = async (): Promise<void> => {
  const folder = mkdtempSync(join(BENCH_DIR, 'debiteur-bench-service-'));
  const servers: { child: ChildProcess; ready: ServerReady }[] = [];
  try {
    const bare = await startChild('bare', join(folder, 'bare.db'));
    servers.push(bare);
    const api = await startChild('api', join(folder, 'api.db'));
    servers.push(api);
    await load(bare.ready, WARM_UP_SECONDS);
    await load(api.ready, WARM_UP_SECONDS);
    const results: Record<ServerKind, autocannon.Result[]> = { bare: [], api: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      results.bare.push(await load(bare.ready, SECONDS));
      results.api.push(await load(api.ready, SECONDS));
    }
    report(summarise('bare', results.bare), summarise('api', results.api));
  } finally {
    for (const { child } of servers) {
      child.removeAllListeners('exit');
      child.kill();
    }
    rmSync(folder, { recursive: true, force: true });
  }
};

const report = (bare: Measured, api: Measured): void => {
  const cpu = cpus();
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`,
  );
  console.log(
    `command: npx tsx --tsconfig tsconfig.tsx.json bench/src/service/run-api-benchmark.ts (BENCH_SECONDS=${SECONDS}, BENCH_ROUNDS=${ROUNDS}, BENCH_DIR=${BENCH_DIR})`,
  );
  console.log(`date: ${new Date().toISOString()}`);
  console.log(
    `load: POST /invoices/:id/payments, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per server after ${WARM_UP_SECONDS} s warm-up, ${INVOICES} invoices, SQLite (synchronous = FULL)\n`,
  );
  console.log(row(['server', 'commands/s', 'p50 ms', 'p99 ms', '2xx', 'failed']));
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:']));
  for (const m of [bare, api]) {
    const name = m.kind === 'bare' ? 'bare Node http handler' : 'Nest API';
    console.log(row([name, m.requestsPerSecond.toFixed(0), m.p50, m.p99, m.ok, m.failed]));
  }
  const ratio = api.requestsPerSecond / bare.requestsPerSecond;
  console.log(
    `\nAPI / bare: ${(ratio * 100).toFixed(1)}% of the bare handler's commands/s (goal ≥ 50%)`,
  );
};

if (process.argv[2] === '--serve') {
  serveInChild().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
