import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir for database files, and a way to remove it. */
export interface TempFolder {
  readonly path: (file?: string) => string;
  readonly remove: () => void;
}

/** Creates a temp folder; `path()` is a database file in it (WAL and SHM files sit beside). */
export const tempFolder = (): TempFolder => {
  const dir = mkdtempSync(join(tmpdir(), 'debiteur-sqlite-'));
  return {
    path: (file = 'debiteur.db') => join(dir, file),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};
