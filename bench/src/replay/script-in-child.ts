import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const benchRoot = resolve(__dirname, '..', '..');

/**
 * Runs a TypeScript script of the bench in a fresh Node process and parses the JSON of the
 * last line it prints. The script runs as `apps/cli/bin/debiteur.js` runs the CLI: tsx's
 * require hook in that very process, no ES-module loader thread and no tsx CLI child, so
 * `nodeFlags` (such as `--expose-gc`) reach it and its memory is the process's own.
 */
export const runScriptInChild = <Report>(
  script: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): Promise<Report> =>
  new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        ...nodeFlags,
        '--require',
        require.resolve('tsx/cjs', { paths: [benchRoot] }),
        script,
        ...args,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TSX_TSCONFIG_PATH: join(benchRoot, '..', 'tsconfig.tsx.json') },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', fail);
    child.once('exit', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || line === '') {
        fail(new Error(`${script} failed (${String(code)}): ${stderr}`));
      } else done(JSON.parse(line) as Report);
    });
  });
