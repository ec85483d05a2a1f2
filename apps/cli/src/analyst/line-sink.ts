import { once } from 'node:events';
import { Writable } from 'node:stream';
import { CliIo, processIo } from '../cli-io';
import { fileLineSink } from './file-line-sink';

/** Where a command writes its result lines: a file (`--out`) or stdout. */
export interface LineSink {
  write(line: string): Promise<void>;
  /** Buffers a line without waiting: `drain` (or `write`, `close`) writes it out. */
  add(line: string): void;
  /** Writes out what `add` buffered once it fills a chunk, with back-pressure. */
  drain(): Promise<void>;
  /**
   * Writes out what is left, without putting a file in place yet: after every output of a
   * command is sealed, `close` only puts each in place (a failure to seal one abandons all).
   */
  seal(): Promise<void>;
  /** Writes out what is left and puts the output in place (a file appears only now). */
  close(): Promise<void>;
  /**
   * Gives the output up after a failure: a file's partial output is deleted, so an earlier
   * file of that name stays as it was; lines already sent to a stream stay sent.
   */
  abandon(): Promise<void>;
}

const CHUNK = 64 * 1024;

/**
 * A stream sink (stdout): lines are gathered into chunks of about 64 KiB and written with
 * back-pressure, so memory stays bounded however many lines there are.
 */
const streamSink = (out: Writable): LineSink => {
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
    seal: flush,
    close: flush,
    abandon: () => Promise.resolve(),
  };
};

const ioSink = (io: CliIo): LineSink => ({
  write: (line) => {
    io.out(line);
    return Promise.resolve();
  },
  add: (line) => io.out(line),
  drain: () => Promise.resolve(),
  seal: () => Promise.resolve(),
  close: () => Promise.resolve(),
  abandon: () => Promise.resolve(),
});

/** Opens `--out` when given, else writes to stdout (with back-pressure for the real one). */
export const openLineSink = (path: string | undefined, io: CliIo): LineSink => {
  if (path !== undefined) return fileLineSink(path);
  return io === processIo ? streamSink(process.stdout) : ioSink(io);
};

/**
 * Runs `work`, which writes to `sink`, then closes the sink; when `work` fails the sink is
 * abandoned instead, so a failed command never leaves a partial file where its output goes.
 */
export const writingTo = async <T>(sink: LineSink, work: () => Promise<T>): Promise<T> => {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await sink.abandon().catch(() => undefined);
    throw error;
  }
  await sink.close();
  return result;
};
