import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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

/**
 * Where a file sink writes until it is closed: a temporary file beside `path`, renamed over it
 * at the end, so an earlier file of that name stays as it was until the whole output is there.
 * A path that names something else than a file (`/dev/stdout`, a pipe) is written directly.
 */
const writtenThrough = (path: string): string => {
  let existing;
  try {
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new OutputNotWritable(path, 'it is a directory');
  if (existing !== undefined && !existing.isFile()) return path;
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}.${unique}.tmp`);
};

/**
 * A file of lines: each line is encoded straight into one reused buffer, which is written
 * out synchronously whenever the next line might not fit, and at `close`. No line is joined
 * into a larger string first (flattening those joins cost a tenth of a million-event replay)
 * and no fresh memory is taken per chunk (docs/adr/0019). A line longer than the buffer is
 * written on its own. The lines go to a temporary file that `close` renames to `path`, and
 * `abandon` deletes: a failed command leaves no partial output in its place. Nothing waits,
 * so `drain` has nothing to do; `write` and `close` report a failed write as a rejected
 * promise, and nothing can be added once the sink is closed.
 */
export const fileLineSink = (path: string): LineSink => {
  const target = writtenThrough(path);
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (error) {
    // Named as the user gave it: the temporary file is an inner detail.
    throw new OutputNotWritable(path, messageOf(error).replace(target, path));
  }
  const buffer = Buffer.allocUnsafeSlow(FILE_BUFFER_BYTES);
  let used = 0;
  const writeAll = (bytes: Buffer, length: number) => {
    for (let at = 0; at < length;) at += writeSync(fd, bytes, at, length - at);
  };
  const writeOut = () => {
    writeAll(buffer, used);
    used = 0;
  };
  let closed = false;
  const add = (line: string) => {
    if (closed) throw new Error(`${path} is closed; nothing more can be written to it`);
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
  /** Marks the sink finished: false when `close` or `abandon` already did. */
  const finish = (): boolean => {
    if (closed) return false;
    closed = true;
    return true;
  };
  const deleteTarget = () => {
    if (target !== path) rmSync(target, { force: true });
  };
  return {
    write: (line) => settled(() => add(line)),
    add,
    drain: () => Promise.resolve(),
    close: () =>
      settled(() => {
        if (!finish()) return;
        try {
          writeOut();
        } catch (error) {
          closeSync(fd);
          deleteTarget();
          throw error;
        }
        closeSync(fd);
        if (target !== path) renameSync(target, path);
      }),
    abandon: () =>
      settled(() => {
        if (!finish()) return;
        closeSync(fd);
        deleteTarget();
      }),
  };
};
