import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every test server lives in `<tmpdir>/debiteur-pg-XXXXXX/`, with its launcher's pid. */
export const TEST_SERVER_DIR_PREFIX = 'debiteur-pg-';
export const LAUNCHER_PID_FILE = 'launcher.pid';

// A folder without a pid file may belong to a launcher that is starting right now.
const STARTUP_GRACE_MS = 60_000;

const readPid = (file: string): number | null => {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const commandLineOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

/** Stops the postmaster of a data folder, if it is still running from that folder. */
const stopPostmaster = (dataDir: string): void => {
  const pid = readPid(join(dataDir, 'postmaster.pid'));
  if (pid !== null && isAlive(pid) && commandLineOf(pid).includes(dataDir)) {
    process.kill(pid, 'SIGQUIT');
  }
};

/**
 * Removes test servers whose launcher died without cleaning up (a SIGKILLed launcher
 * cannot), stopping their postmaster by the pid it recorded. Servers of launchers that
 * are alive — other Jest workers — are left alone.
 */
export const reapAbandonedTestServers = (): void => {
  const base = tmpdir();
  for (const name of readdirSync(base)) {
    if (!name.startsWith(TEST_SERVER_DIR_PREFIX)) continue;
    const dir = join(base, name);
    try {
      const launcherPid = readPid(join(dir, LAUNCHER_PID_FILE));
      if (launcherPid !== null && isAlive(launcherPid)) continue;
      if (launcherPid === null && Date.now() - statSync(dir).mtimeMs < STARTUP_GRACE_MS) continue;
      for (const entry of readdirSync(dir)) {
        if (entry.startsWith('data')) stopPostmaster(join(dir, entry));
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another worker reaped it first, or it vanished on its own: nothing left to do.
    }
  }
};
