import { spawn } from 'node:child_process';
import { BIN, CliRun, collectedRun } from '../../testing/run-cli';

/**
 * Runs a `debiteur …` command line as an operator pasting it into a POSIX shell would, in
 * `cwd` and without DEBITEUR_STORE: a command that names no store reads the default one there.
 */
export const runPasted = (commandLine: string, cwd: string): Promise<CliRun> =>
  collectedRun(
    spawn('sh', ['-c', 'debiteur() { "$NODE" "$BIN" "$@"; }; eval "$PASTED"'], {
      cwd,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        DEBITEUR_STORE: '',
        NODE: process.execPath,
        BIN,
        PASTED: commandLine,
      },
    }),
  );
