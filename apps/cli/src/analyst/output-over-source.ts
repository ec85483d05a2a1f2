import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../cli-io';
import { sourceFileOf } from './event-source';

/** An `--out` that names the file being read: writing it would destroy the events. */
export class OutputIsTheSource extends UsageError {
  constructor(out: string, location: string) {
    super(`--out ${out} is the source being read (${location}): write to another file`);
    this.name = 'OutputIsTheSource';
  }
}

/** Whether two paths name one file: the same path, or a link to it. */
const sameFile = (a: string, b: string): boolean => {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [first, second] = [statSync(a), statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false; // one of them does not exist yet
  }
};

/** Refuses output files that would overwrite the source (`jsonl:` or `sqlite:` file) read. */
export const refuseOutputOverSource = (location: string, outputs: readonly string[]): void => {
  const source = sourceFileOf(location);
  if (source === null) return;
  const over = outputs.find((out) => sameFile(out, source));
  if (over !== undefined) throw new OutputIsTheSource(over, location);
};
