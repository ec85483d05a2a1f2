import { closeSync, fsyncSync, openSync } from 'node:fs';
import { codeOf } from './output-write-failed';

/** A folder that cannot be opened to be synced (Windows; a folder without read permission). */
const NOT_OPENABLE: ReadonlySet<unknown> = new Set(['EISDIR', 'EACCES', 'EPERM']);

/** A file system that does not sync a folder says so thus: nothing is wrong. */
const NOT_SYNCABLE: ReadonlySet<unknown> = new Set(['EINVAL', 'EISDIR']);

/**
 * Syncs a folder, so that a rename in it survives a power cut (docs/adr/0035). Best effort: a
 * folder that cannot be opened for it, or a file system that does not sync folders, is passed
 * over; any other failure (an I/O error) is thrown.
 */
export const syncFolder = (folder: string): void => {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch (error) {
    if (NOT_OPENABLE.has(codeOf(error))) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!NOT_SYNCABLE.has(codeOf(error))) throw error;
  } finally {
    closeSync(fd);
  }
};
