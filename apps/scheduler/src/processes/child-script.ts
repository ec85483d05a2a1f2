import { ChildOutcome, spawnTypeScript } from '@debiteur/eventstore/testing';
import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export { watchChild } from '@debiteur/eventstore/testing';
export type { ChildOutcome } from '@debiteur/eventstore/testing';

/** A script of this folder run as its own Node process (see spawnTypeScript). */
export const spawnScript = (script: string, args: readonly string[]): ChildProcess =>
  spawnTypeScript(join(__dirname, script), args);

/** The pass summaries a scheduler child printed (`summary <json>` lines). */
export const summariesOf = (outcome: ChildOutcome): readonly Record<string, unknown>[] =>
  outcome.lines
    .filter((line) => line.startsWith('summary '))
    .map((line) => JSON.parse(line.slice('summary '.length)) as Record<string, unknown>);

/** Accepted commands across a child's passes. */
export const actedIn = (outcome: ChildOutcome): number =>
  summariesOf(outcome).reduce((sum, s) => sum + Number(s['acted']), 0);
