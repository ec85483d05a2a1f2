import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(__dirname, '..', '..', '..', '..');

/**
 * A TypeScript file run as its own Node process, with tsx (a dev dependency of the
 * workspace, resolved through `packages/core`) loaded as a hook rather than through its
 * CLI: the CLI runs the script in a grandchild that a SIGKILL to the child would orphan.
 * `--conditions=types` makes Node follow the `types` export of workspace packages to their
 * sources (see docs/adr/0006).
 */
export const spawnScript = (script: string, args: readonly string[]): ChildProcess => {
  const tsx = require.resolve('tsx', { paths: [join(repoRoot, 'packages', 'core')] });
  return spawn(
    process.execPath,
    ['--conditions=types', '--import', pathToFileURL(tsx).href, join(__dirname, script), ...args],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
};

/** What a child wrote: its complete stdout lines, its stderr, how it ended. */
export interface ChildOutcome {
  readonly lines: readonly string[];
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * Collects a child's stdout line by line until it exits, calling `onLine` with each
 * complete line as it arrives. A line cut off by the child's death is dropped: the child
 * never finished saying it.
 */
export const watchChild = (
  child: ChildProcess,
  onLine: (line: string, index: number) => void = () => undefined,
): Promise<ChildOutcome> =>
  new Promise((resolvePromise, reject) => {
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        onLine(line, lines.length - 1);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ lines, stderr, code, signal }));
  });
