import { join, resolve } from 'node:path';

/** The repository root, found from this file rather than from the working directory. */
const repoRoot = resolve(__dirname, '..', '..', '..', '..');

/**
 * Maps `@debiteur/*` to the packages' TypeScript sources, as Jest does: without a build,
 * the `exports` maps point at `dist/` files that do not exist (docs/adr/0006).
 */
const tsconfig = join(repoRoot, 'packages', 'store-postgres', 'tsconfig.tsx.json');

/**
 * The command that runs a TypeScript file as a Node process: this Node binary and the tsx
 * CLI (a dev dependency of the workspace, resolved through `packages/core`). The tsx CLI
 * runs the script in a child process of its own.
 */
export const tsxCommand = (script: string, args: readonly string[] = []): [string, string[]] => [
  process.execPath,
  [
    require.resolve('tsx/cli', { paths: [join(repoRoot, 'packages', 'core'), repoRoot] }),
    '--tsconfig',
    tsconfig,
    script,
    ...args,
  ],
];
