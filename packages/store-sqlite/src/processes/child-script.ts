import { spawnTypeScript } from '@debiteur/eventstore/testing';
import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export { watchChild } from '@debiteur/eventstore/testing';
export type { ChildOutcome } from '@debiteur/eventstore/testing';

/** A script of this folder run as its own Node process (see spawnTypeScript). */
export const spawnScript = (script: string, args: readonly string[]): ChildProcess =>
  spawnTypeScript(join(__dirname, script), args);
