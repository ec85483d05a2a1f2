import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir for the benchmark's database files. */
export interface TempFolder {
  readonly file: (name: string) => string;
  readonly remove: () => void;
}

export const tempFolder = (): TempFolder => {
  const dir = mkdtempSync(join(tmpdir(), 'debiteur-bench-'));
  return {
    file: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};

/** Removes a SQLite file with its WAL and shared-memory files. */
export const removeSqliteFile = (path: string): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};
