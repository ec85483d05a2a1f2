import { randomBytes } from 'node:crypto';
import {
  closeSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LineSink } from './line-sink';

const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);

/** An output file (`--out`) that cannot be opened for writing: the user can fix the path. */
export class OutputNotWritable extends Error {
  constructor(path: string, cause: unknown) {
    super(`cannot write ${path}: ${messageOf(cause)}`, { cause });
    this.name = 'OutputNotWritable';
  }
}

/** A promise of `work` done now: resolved, or rejected with what it threw. */
const settled = (work: () => void): Promise<void> => {
  try {
    work();
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error as Error);
  }
};

/** How much of a file the sink gathers before it writes: one reused buffer. */
export const FILE_BUFFER_BYTES = 256 * 1024;

/** The most bytes UTF-8 needs for one UTF-16 code unit of a JavaScript string. */
const MAX_UTF8_BYTES_PER_UNIT = 3;

const LINE_FEED = 0x0a;

/** Where a file sink's lines go: the file to end up with, and the file written meanwhile. */
interface Destination {
  /** The file replaced at the end: the path given, or the file a link there names. */
  readonly file: string;
  /** A hidden temporary file beside `file`, renamed over it at the end; or `file` itself. */
  readonly written: string;
  readonly exists: boolean;
}

/**
 * Where a file sink writes until it is closed: a temporary file beside the output, renamed
 * over it at the end, so an earlier file of that name stays as it was until the whole output
 * is there. A link is followed: the file it names is the one replaced. A path that names
 * something else than a file (a named pipe, a device) is written directly.
 */
const destinationOf = (path: string): Destination => {
  let existing;
  try {
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new OutputNotWritable(path, 'it is a directory');
  if (existing !== undefined && !existing.isFile()) {
    return { file: path, written: path, exists: true };
  }
  const file = existing === undefined ? path : realpathSync(path);
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const written = join(dirname(file), `.${basename(file)}.${unique}.tmp`);
  return { file, written, exists: existing !== undefined };
};

/** Why a folder may refuse a new file while a file in it may still be written. */
const REFUSED_CODES: ReadonlySet<unknown> = new Set(['EACCES', 'EPERM', 'EROFS']);
const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;

/**
 * Opens where the lines go: the temporary file, or, when the folder refuses a new file but
 * the output file exists and may be written, the output file itself (written in place, as
 * the user's own file in a folder of someone else's).
 */
const openDestination = (path: string): { readonly fd: number; readonly to: Destination } => {
  const to = destinationOf(path);
  try {
    return { fd: openSync(to.written, 'w'), to };
  } catch (error) {
    if (to.written !== to.file && to.exists && REFUSED_CODES.has(codeOf(error))) {
      const inPlace = { ...to, written: to.file };
      try {
        return { fd: openSync(inPlace.written, 'w'), to: inPlace };
      } catch (inPlaceError) {
        throw new OutputNotWritable(path, inPlaceError);
      }
    }
    // Named as the user gave it: the temporary file is an inner detail.
    throw new OutputNotWritable(path, messageOf(error).replace(to.written, path));
  }
};

/**
 * A file of lines: each line is encoded straight into one reused buffer, which is written
 * out synchronously whenever the next line might not fit, and at `seal`. No line is joined
 * into a larger string first (flattening those joins cost a tenth of a million-event replay)
 * and no fresh memory is taken per chunk (docs/adr/0019). A line longer than the buffer is
 * written on its own. The lines go to a temporary file that `close` renames to `path`, and
 * `abandon` (or a failed write) deletes: a failed command leaves no partial output in its
 * place (docs/adr/0035). Nothing waits, so `drain` has nothing to do; `write`, `seal` and
 * `close` report a failed write as a rejected promise, and nothing can be added once the
 * sink is sealed.
 */
export const fileLineSink = (path: string): LineSink => {
  const { fd, to } = openDestination(path);
  const buffer = Buffer.allocUnsafeSlow(FILE_BUFFER_BYTES);
  let used = 0;
  const writeAll = (bytes: Buffer, length: number) => {
    for (let at = 0; at < length;) at += writeSync(fd, bytes, at, length - at);
  };
  const writeOut = () => {
    writeAll(buffer, used);
    used = 0;
  };
  // open: lines may be added; sealed: all written and the file closed, not yet in place;
  // ended: put in place, abandoned, or failed.
  let state: 'open' | 'sealed' | 'ended' = 'open';
  const add = (line: string) => {
    if (state !== 'open') throw new Error(`${path} is closed; nothing more can be written to it`);
    const atMost = line.length * MAX_UTF8_BYTES_PER_UNIT + 1;
    if (used + atMost > FILE_BUFFER_BYTES) {
      writeOut();
      if (atMost > FILE_BUFFER_BYTES) {
        const bytes = Buffer.from(`${line}\n`);
        writeAll(bytes, bytes.length);
        return;
      }
    }
    used += buffer.write(line, used);
    buffer[used++] = LINE_FEED;
  };
  const removeWritten = () => {
    if (to.written !== to.file) rmSync(to.written, { force: true });
  };
  const seal = () => {
    if (state !== 'open') return;
    state = 'sealed';
    try {
      writeOut();
    } catch (error) {
      state = 'ended';
      try {
        closeSync(fd);
      } finally {
        removeWritten();
      }
      throw error;
    }
    closeSync(fd);
  };
  return {
    write: (line) => settled(() => add(line)),
    add,
    drain: () => Promise.resolve(),
    seal: () => settled(seal),
    close: () =>
      settled(() => {
        seal();
        if (state !== 'sealed') return;
        state = 'ended';
        if (to.written === to.file) return;
        try {
          renameSync(to.written, to.file);
        } catch (error) {
          removeWritten();
          throw new OutputNotWritable(path, messageOf(error).replace(to.written, path));
        }
      }),
    abandon: () =>
      settled(() => {
        if (state === 'ended') return;
        const open = state === 'open';
        state = 'ended';
        try {
          if (open) closeSync(fd);
        } finally {
          removeWritten();
        }
      }),
  };
};
