import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(__dirname, '..', '..', '..', '..');

/**
 * Runs a TypeScript file as its own Node process for process-level tests (crashes, racing
 * writers, schedulers), with tsx loaded as a hook rather than through its CLI: the CLI runs
 * the script in a grandchild that a SIGKILL to the child would orphan. The repository's
 * `tsconfig.tsx.json` maps `@debiteur/*` to the packages' sources (docs/adr/0006, 0009);
 * Node's `--conditions=types` would too, but also sends some npm packages (pg's connection
 * string parser) to their type declarations.
 */
export const spawnTypeScript = (scriptPath: string, args: readonly string[]): ChildProcess => {
  const tsx = require.resolve('tsx', { paths: [join(repoRoot, 'packages', 'core')] });
  return spawn(process.execPath, ['--import', pathToFileURL(tsx).href, scriptPath, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.tsx.json') },
  });
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
