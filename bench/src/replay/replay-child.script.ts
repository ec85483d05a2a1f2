/**
 * Child process of the replay benchmark: runs `debiteur replay --projection all` (or the
 * projection named third; the CLI's own implementation, in-process) against one store and prints one JSON line with the
 * time the replay took, the CPU time it used (all threads, and the main thread alone) and
 * the peak RSS of this process. A process of its own, so nothing
 * the benchmark runner holds counts towards the peak.
 *
 * Usage (bundled, by script-in-child.ts): node <bundle> <store location> <out.csv> [projection]
 */
import { runReplay } from '../../../apps/cli/src/replay/run-replay';
import { highWaterMb, mainThreadCpuSeconds, processCpuSeconds } from '../process-usage';

const peakRssMb = (): number => highWaterMb() ?? process.memoryUsage.rss() / 2 ** 20;

const main = async (): Promise<void> => {
  const [store, out, projection = 'all'] = process.argv.slice(2);
  if (store === undefined || out === undefined) {
    throw new Error('usage: replay-child.script.ts <store location> <out.csv> [projection]');
  }
  const errors: string[] = [];
  const io = { out: () => undefined, err: (line: string) => errors.push(line), env: process.env };
  const started = process.hrtime.bigint();
  const cpuBefore = processCpuSeconds();
  const mainCpuBefore = mainThreadCpuSeconds();
  // As of now: every event counts, and the reports are for today's business day.
  await runReplay(io, { store, projection, out });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const mainCpuAfter = mainThreadCpuSeconds();
  const report = {
    seconds,
    cpuSeconds: processCpuSeconds() - cpuBefore,
    mainThreadCpuSeconds:
      mainCpuBefore === null || mainCpuAfter === null ? null : mainCpuAfter - mainCpuBefore,
    peakRssMb: peakRssMb(),
    notices: errors,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
