import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { CliIo, processIo } from '../cli-io';

/** Where a command writes its result lines: a file (`--out`) or stdout. */
export interface LineSink {
  write(line: string): Promise<void>;
  /** Buffers a line without waiting: `drain` (or `write`, `close`) writes it out. */
  add(line: string): void;
  /** Writes out what `add` buffered once it fills a chunk, with back-pressure. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

const CHUNK = 64 * 1024;

/**
 * A stream sink: lines are gathered into chunks of about 64 KiB and written with
 * back-pressure, so memory stays bounded however many lines there are.
 */
const streamSink = (out: Writable, end: boolean): LineSink => {
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  };
  const add = (line: string) => {
    pending += `${line}\n`;
  };
  const drain = async () => {
    if (pending.length >= CHUNK) await flush();
  };
  return {
    async write(line) {
      add(line);
      await drain();
    },
    add,
    drain,
    async close() {
      await flush();
      if (!end) return;
      out.end();
      await Promise.race([once(out, 'finish'), failed]);
    },
  };
};

const ioSink = (io: CliIo): LineSink => ({
  write: (line) => {
    io.out(line);
    return Promise.resolve();
  },
  add: (line) => io.out(line),
  drain: () => Promise.resolve(),
  close: () => Promise.resolve(),
});

/**
 * How much a file stream holds before it asks the writer to wait: several chunks, so the
 * next chunk is built while the last is being written (with Node's 16 KiB default every
 * chunk waited for the disk).
 */
const FILE_HIGH_WATER_MARK = 1024 * 1024;

/** A file of lines, written in chunks with back-pressure; `close` ends it. */
export const fileLineSink = (path: string): LineSink =>
  streamSink(
    createWriteStream(path, { encoding: 'utf8', highWaterMark: FILE_HIGH_WATER_MARK }),
    true,
  );

/** Opens `--out` when given, else writes to stdout (with back-pressure for the real one). */
export const openLineSink = (path: string | undefined, io: CliIo): LineSink => {
  if (path !== undefined) return fileLineSink(path);
  return io === processIo ? streamSink(process.stdout, false) : ioSink(io);
};
