import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(__dirname, '..', '..', '..', '..');

/**
 * A TypeScript file of this folder run as its own Node process, with tsx loaded as a hook (a
 * SIGKILL then kills the script itself, not a tsx parent). The repository's
 * `tsconfig.tsx.json` maps `@debiteur/*` to the packages' sources (docs/adr/0006); Node's
 * `--conditions=types` would do that too, but also sends some npm packages (pg's connection
 * string parser) to their type declarations.
 */
export const spawnScript = (script: string, args: readonly string[]): ChildProcess => {
  const tsx = require.resolve('tsx', { paths: [join(repoRoot, 'packages', 'core')] });
  return spawn(
    process.execPath,
    ['--import', pathToFileURL(tsx).href, join(__dirname, script), ...args],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.tsx.json') },
    },
  );
};

/** What a child wrote: its complete stdout lines, its stderr, how it ended. */
export interface ChildOutcome {
  readonly lines: readonly string[];
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Collects a child's stdout line by line until it exits; a line cut off by its death is dropped. */
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

/** The pass summaries a scheduler child printed (`summary <json>` lines). */
export const summariesOf = (outcome: ChildOutcome): readonly Record<string, unknown>[] =>
  outcome.lines
    .filter((line) => line.startsWith('summary '))
    .map((line) => JSON.parse(line.slice('summary '.length)) as Record<string, unknown>);

/** Accepted commands across a child's passes. */
export const actedIn = (outcome: ChildOutcome): number =>
  summariesOf(outcome).reduce((sum, s) => sum + Number(s['acted']), 0);
