import { basename } from 'node:path';
import { bundled } from '../../../apps/cli/bin/cli-bundle';
import { lastJsonLineOfNode } from '../child-json-line';

/**
 * Runs a TypeScript script of the bench in a fresh Node process and parses the JSON of the
 * last line it prints. The script runs as `apps/cli/bin/debiteur.js` runs the CLI: bundled
 * with its workspace sources (docs/adr/0023), so the sources measured are compiled as the
 * command's are; `nodeFlags` (such as `--expose-gc`) reach it and its memory is the process's
 * own.
 */
export const runScriptInChild = async <Report>(
  script: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): Promise<Report> =>
  lastJsonLineOfNode<Report>(
    [...nodeFlags, await bundled(script, basename(script, '.ts')), ...args],
    script,
  );
