import { closeSync, openSync, writeSync } from 'node:fs';
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
 * A file of lines: each line is encoded straight into one reused buffer, which is written
 * out synchronously whenever the next line might not fit, and at `close`. No line is joined
 * into a larger string first (flattening those joins cost a tenth of a million-event replay)
 * and no fresh memory is taken per chunk (docs/adr/0019). A line longer than the buffer is
 * written on its own. Nothing waits, so `drain` has nothing to do; `write` and `close` report
 * a failed write as a rejected promise, and nothing can be added once the sink is closed.
 */
export const fileLineSink = (path: string): LineSink => {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new OutputNotWritable(path, error);
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
  return {
    write: (line) => settled(() => add(line)),
    add,
    drain: () => Promise.resolve(),
    close: () =>
      settled(() => {
        if (closed) return;
        closed = true;
        try {
          writeOut();
        } finally {
          closeSync(fd);
        }
      }),
  };
};
