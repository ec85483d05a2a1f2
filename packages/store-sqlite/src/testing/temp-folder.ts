import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a temp folder is: the folder itself, and paths inside it. */
export interface TempFolderPaths {
  readonly dir: string;
  /** `names` joined onto the folder; with none, the SQLite file `debiteur.db` in it. */
  readonly path: (...names: string[]) => string;
}

/** A temp folder its maker removes. */
export interface TempFolder extends TempFolderPaths {
  readonly remove: () => void;
}

/**
 * Creates a fresh folder `debiteur-<name>-XXXXXX` under the OS temp dir; `remove()` deletes it
 * with all it holds.
 */
export const tempFolder = (name = 'sqlite'): TempFolder => {
  const dir = mkdtempSync(join(tmpdir(), `debiteur-${name}-`));
  return {
    dir,
    path: (...names) => join(dir, ...(names.length === 0 ? ['debiteur.db'] : names)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};
