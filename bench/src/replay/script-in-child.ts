import { join, resolve } from 'node:path';
import { lastJsonLineOfNode } from '../child-json-line';

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
  lastJsonLineOfNode<Report>(
    [
      ...nodeFlags,
      '--require',
      require.resolve('tsx/cjs', { paths: [benchRoot] }),
      script,
      ...args,
    ],
    script,
    { ...process.env, TSX_TSCONFIG_PATH: join(benchRoot, '..', 'tsconfig.tsx.json') },
  );
