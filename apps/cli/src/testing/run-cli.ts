import { ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  /** The exit code; null when a signal ended the process. */
  readonly code: number | null;
  /** The signal that ended the process (`SIGINT`), if one did. */
  readonly signal?: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The `debiteur` command's entry point. */
export const BIN = join(__dirname, '..', '..', 'bin', 'debiteur.js');

/** What a process wrote and how it ended, once it has. */
export const collectedRun = (child: ChildProcessWithoutNullStreams): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });

/** Runs the real `debiteur` command as a process, as an operator would. */
export const runCli = (
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  cwd?: string,
): Promise<CliRun> =>
  collectedRun(
    spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      ...(cwd === undefined ? {} : { cwd }),
    }),
  );

/**
 * Runs `debiteur` with its stdout read by a reader that stops after the first chunk, as
 * `| head -1` does: resolves with the exit code and stderr.
 */
export const runCliIntoEarlyStop = (
  args: readonly string[],
): Promise<Pick<CliRun, 'code' | 'stderr'>> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });

/**
 * Runs `debiteur` on a pseudo-terminal (util-linux `script`), so stderr is a TTY and the
 * progress bar is on: for what only happens on a terminal. Killed after `timeoutMs`.
 */
export const runCliOnTerminal = (args: readonly string[], timeoutMs = 30_000): CliRun => {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`);
  const run = spawnSync('script', ['-qec', quoted.join(' '), '/dev/null'], {
    env: { ...process.env, LOG_LEVEL: 'warn' },
    timeout: timeoutMs,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
