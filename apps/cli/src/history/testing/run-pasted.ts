import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CliRun } from '../../testing/run-cli';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'debiteur.js');

/**
 * Runs a `debiteur …` command line as an operator pasting it into a POSIX shell would, in
 * `cwd` and without DEBITEUR_STORE: a command that names no store reads the default one there.
 */
export const runPasted = (commandLine: string, cwd: string): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', 'debiteur() { "$NODE" "$BIN" "$@"; }; eval "$PASTED"'], {
      cwd,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        DEBITEUR_STORE: '',
        NODE: process.execPath,
        BIN,
        PASTED: commandLine,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
