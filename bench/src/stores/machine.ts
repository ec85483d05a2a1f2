import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

/** The machine a run was measured on, as the report prints it. */
export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly os: string;
  /** 1-minute load average when described: other work on the machine skews absolute rates. */
  readonly loadAverage: number;
}

const cpuModel = (): string => {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1] !== undefined) return match[1].trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
};

export const describeMachine = (): Machine => ({
  cpus: availableParallelism(),
  cpuModel: cpuModel(),
  memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)),
  node: process.version,
  os: `${process.platform} ${release()}`,
  loadAverage: Number((loadavg()[0] ?? 0).toFixed(2)),
});
