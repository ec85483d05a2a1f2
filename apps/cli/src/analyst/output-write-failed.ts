/** The text of what was thrown. */
export const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);

/** The system error code of what was thrown (`ENOSPC`), if it has one. */
export const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** Codes of a disk that fails whatever the path: full, over quota, faulty, or the file too big. */
const DISK_FAILURES: ReadonlySet<unknown> = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EFBIG']);

/**
 * Whether a file failed to open for its disk's sake (full, over quota, failing), not its
 * path's: a failed write (exit 1), like one that fails later, rather than a path to correct.
 */
export const isDiskFailure = (error: unknown): boolean => DISK_FAILURES.has(codeOf(error));

/** Node's text of a system error: `ENOSPC: no space left on device, write`. */
const SYSTEM_ERROR = /^([A-Z][A-Z0-9]*): ([^,]+),/;

/**
 * Why a write failed, in words and with its code (`no space left on device (ENOSPC)`), and
 * without the call and the paths Node adds: the temporary file's name means nothing to a user.
 */
export const reasonOf = (error: unknown): string => {
  const code = codeOf(error);
  const described = SYSTEM_ERROR.exec(messageOf(error));
  if (code !== undefined && described?.[1] === code) return `${described[2]} (${code})`;
  return messageOf(error);
};

/** What became of the output after its write failed: the end of the one-line message. */
export const OUTCOME = {
  /** The output went to a temporary file, now deleted: an earlier file is as it was. */
  nothingWritten: 'nothing was written',
  /** The output was written in place (a named pipe, a device, a file in a folder of others). */
  cutShort: 'only part of the output was written',
  /** The file was put in place, but its folder could not be synced (docs/adr/0035). */
  notSynced: 'it is in place, but a power cut may still lose it',
} as const;

/**
 * An output file (`--out`) whose writing failed: a full disk (also when the file is made), a
 * quota, an I/O error, a file system turned read-only, a folder that refused the rename. One
 * line names the file, the reason and what became of the output (exit 1, ADR 0035); `code` is
 * the system error's.
 */
export class OutputWriteFailed extends Error {
  readonly code: string | undefined;

  constructor(path: string, cause: unknown, outcome: (typeof OUTCOME)[keyof typeof OUTCOME]) {
    super(`could not write ${path}: ${reasonOf(cause)}; ${outcome}`, { cause });
    this.name = 'OutputWriteFailed';
    this.code = codeOf(cause);
  }
}
