import { StoreUnavailable } from '@debiteur/eventstore';

// Primary result codes that mean "the file is locked, gone, full or broken", not "your
// request was wrong". better-sqlite3 reports extended codes (SQLITE_BUSY_SNAPSHOT, ...).
const UNAVAILABLE = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_CANTOPEN',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_READONLY',
  'SQLITE_PROTOCOL',
];

interface SqliteError {
  readonly name: 'SqliteError';
  readonly code: string;
}

/**
 * Recognised by shape, not `instanceof`: better-sqlite3 hands its native side the error
 * class of the first copy of the module loaded in the process, so another copy (Jest's
 * per-file module registries and globals, two bundled versions) meets instances of a
 * class, and of an `Error`, that are not its own.
 */
const isSqliteError = (error: unknown): error is SqliteError =>
  typeof error === 'object' &&
  error !== null &&
  'name' in error &&
  error.name === 'SqliteError' &&
  'code' in error &&
  typeof error.code === 'string';

const primaryCode = (code: string): string => /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? '';

/** A UNIQUE or PRIMARY KEY violation: a constraint caught what the checks did not. */
export const isUniqueViolation = (error: unknown): boolean =>
  isSqliteError(error) &&
  (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');

/**
 * Maps a driver fault to the port's errors: a lock held past busy_timeout, I/O faults, a
 * full disk or a corrupt file become StoreUnavailable. Everything else (the port's own
 * errors, SQL errors that are bugs) passes through unchanged.
 */
export const translateDriverError = (error: unknown): unknown =>
  isSqliteError(error) && UNAVAILABLE.includes(primaryCode(error.code))
    ? new StoreUnavailable(`SQLite is unavailable (${error.code})`, { cause: error })
    : error;
