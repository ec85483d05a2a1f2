/**
 * `pnpm bench:replay-limits`: where the replay's share of the raw read stands, and what two
 * ways of raising it would give. The same generated events (default 1,000,000; `--events N`)
 * are loaded into one SQLite file, then each variant runs in a fresh child process, the
 * variants alternating round after round (`--rounds N`, default 2) against this machine's
 * drift:
 *
 * - `all`: `debiteur replay --projection all`, as the replay benchmark runs it;
 * - `timeline`, `behaviour`: the replay of one projection (the timeline alone folds no
 *   ledger; any report folds the whole ledger, so `behaviour` stands for the four);
 * - `all-pretenured`, `behaviour-pretenured`: `all` and `behaviour` with V8's
 *   allocation-site pretenuring left on, as it was before docs/adr/0034;
 * - `lanes-1`, `lanes-2`: the replay's fold in one or two lanes, each on a worker thread
 *   that reads its share of the tenants itself, with no reading thread
 *   (replay-lanes.script.ts; the lanes' outputs are not merged, so a lower bound).
 *
 * The raw read + JSON.parse rate (as `pnpm bench:replay` measures it, on this thread) is
 * measured before each round. The table gives each variant's median time and events/s, its
 * share of the median raw rate, its median CPU time (all threads, and the main thread where
 * the child reports it), and its median and highest peak RSS. A probe for design decisions
 * (docs/adr/0020, 0034), not a product figure.
 */
import { join } from 'node:path';
import { createSqliteFile, loadSqlite, openRawSqlite } from '../stores/sqlite/raw-sqlite';
import { tempFolder } from '../stores/temp-folder';
import { describeMachine } from '../stores/machine';
import { rawSqliteRate } from './raw-sqlite-read';
import { MILLION_EVENTS, portfolioEvents } from './replay-portfolio';
import { median } from '../stores/measure';
import { runScriptInChild } from './script-in-child';
import { KEEP_PRETENURING_FLAG } from '../../../apps/cli/src/replay/allocation-site-pretenuring';

const VARIANTS = [
  'all',
  'all-pretenured',
  'timeline',
  'behaviour',
  'behaviour-pretenured',
  'lanes-1',
  'lanes-2',
] as const;
type Variant = (typeof VARIANTS)[number];

interface Run {
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** Reported by the replay's child, not by the lanes'. */
  readonly mainThreadCpuSeconds?: number | null;
  readonly peakRssMb: number;
}

const PRETENURED = '-pretenured';

/** The median main-thread CPU seconds of runs that report it, else a dash. */
const mainThreadCpu = (runs: readonly Run[]): string => {
  const reported = runs.flatMap((run) => run.mainThreadCpuSeconds ?? []);
  return reported.length === runs.length ? median(reported).toFixed(1) : '–';
};

const log = (line: string) => process.stderr.write(`${line}\n`);

const numberOption = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  return Number.isInteger(value) && value >= 1 ? value : fallback;
};

const runVariant = (variant: Variant, path: string, out: string): Promise<Run> =>
  variant === 'lanes-1' || variant === 'lanes-2'
    ? runScriptInChild<Run>(join(__dirname, 'replay-lanes.script.ts'), [
        path,
        variant.slice('lanes-'.length),
        out,
      ])
    : runScriptInChild<Run>(
        join(__dirname, 'replay-child.script.ts'),
        [`sqlite:${path}`, `${out}.csv`, variant.replace(PRETENURED, '')],
        variant.endsWith(PRETENURED) ? [KEEP_PRETENURING_FLAG] : [],
      );

const main = async (): Promise<void> => {
  const events = numberOption('--events', MILLION_EVENTS.events);
  const rounds = numberOption('--rounds', 2);
  const folder = tempFolder();
  try {
    const path = folder.file('limits.db');
    log(`Seeding ${events} events into SQLite`);
    await createSqliteFile(path);
    const db = openRawSqlite(path, false);
    const loaded = loadSqlite(db, portfolioEvents({ ...MILLION_EVENTS, events }));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const raw: number[] = [];
    const runs = new Map<Variant, Run[]>(VARIANTS.map((variant) => [variant, []]));
    for (let round = 1; round <= rounds; round += 1) {
      const rate = rawSqliteRate(path).perSecond;
      raw.push(rate);
      log(`Round ${round}: raw ${Math.round(rate)} events/s`);
      for (const variant of VARIANTS) {
        const run = await runVariant(variant, path, folder.file(`out-${variant}`));
        runs.get(variant)?.push(run);
        log(
          `  ${variant}: ${run.seconds.toFixed(2)} s, CPU ${run.cpuSeconds.toFixed(1)} s, ` +
            `peak RSS ${run.peakRssMb.toFixed(0)} MB`,
        );
      }
    }
    const rawRate = median(raw);
    const machine = describeMachine();
    const lines = [
      `Replay limits probe — ${new Date().toISOString()}, ${loaded.toLocaleString('en-US')} events, ` +
        `${rounds} rounds, ${machine.cpus} cores (${machine.cpuModel})`,
      '',
      `Raw read + JSON.parse (median): ${Math.round(rawRate).toLocaleString('en-US')} events/s ` +
        `(${(loaded / rawRate).toFixed(2)} s); 60% of it: ${(loaded / rawRate / 0.6).toFixed(2)} s.`,
      '',
      '| variant | median time | events/s | share of raw | CPU s, all threads | CPU s, main thread | peak RSS | highest peak RSS |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const [variant, variantRuns] of runs) {
      const seconds = median(variantRuns.map((run) => run.seconds));
      const perSecond = loaded / seconds;
      lines.push(
        `| ${variant} | ${seconds.toFixed(2)} s | ${Math.round(perSecond).toLocaleString('en-US')} | ` +
          `${((perSecond / rawRate) * 100).toFixed(0)}% | ` +
          `${median(variantRuns.map((run) => run.cpuSeconds)).toFixed(1)} | ` +
          `${mainThreadCpu(variantRuns)} | ` +
          `${median(variantRuns.map((run) => run.peakRssMb)).toFixed(0)} MB | ` +
          `${Math.max(...variantRuns.map((run) => run.peakRssMb)).toFixed(0)} MB |`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    folder.remove();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
