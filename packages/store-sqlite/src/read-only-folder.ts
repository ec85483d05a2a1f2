import { StoreUnavailable } from '@debiteur/eventstore';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';

/**
 * A WAL store is read through its `-shm` file, which SQLite creates beside the database when
 * the last writer removed it on closing: in a folder this user cannot write (read-only, or
 * another user's) such a file cannot be read where it lies, only from a copy.
 */
export const unreadableInItsFolder = (path: string, error: unknown): StoreUnavailable | null => {
  const code = codeOf(error);
  const cannotCreate = code === 'SQLITE_READONLY_DIRECTORY' || code.startsWith('SQLITE_CANTOPEN');
  if (!cannotCreate || existsSync(`${path}-shm`)) return null;
  const name = basename(path);
  return new StoreUnavailable(
    `SQLite cannot read ${path} in its folder: it reads a store through ${name}-wal and ` +
      `${name}-shm beside it, which the last writer removed on closing, and cannot create ` +
      `them in a folder this user cannot write (${code}). Copy the file into a folder you ` +
      'can write and read the copy',
    { cause: error },
  );
};
