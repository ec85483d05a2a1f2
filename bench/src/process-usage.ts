import { readFileSync } from 'node:fs';

/** The kernel's high-water mark of this process's resident memory (VmHWM) in MB; null off Linux. */
export const highWaterMb = (): number | null => {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) / 1024;
  } catch {
    return null;
  }
};

/** CPU seconds (user + system) this process has used so far, in every thread, exited ones too. */
export const processCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** CPU seconds (user + system) of the main thread so far (Linux: /proc); null where unreadable. */
export const mainThreadCpuSeconds = (): number | null => {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks: USER_HZ, 100 per second
    // on Linux (x86, arm, arm64).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
};
