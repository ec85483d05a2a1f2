import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LineSink } from './line-sink';
import {
  codeOf,
  isDiskFailure,
  messageOf,
  OUTCOME,
  OutputWriteFailed,
} from './output-write-failed';
import { syncFolder } from './sync-folder';
import { holdTemporaryOutput } from './temporary-outputs';

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
  /** The file replaced (or made) at the end: the path given, or the file a link there names. */
  readonly file: string;
  /** A hidden temporary file beside `file`, renamed over it at the end; or `file` itself. */
  readonly written: string;
  /** The permissions of the file replaced, given to the temporary file; none for a new one. */
  readonly mode: number | undefined;
}

/** The most bytes of the output's name the hidden name repeats, so it stays a legal name. */
const NAME_BYTES_KEPT = 100;

/** The start of `name`, at most `NAME_BYTES_KEPT` bytes of UTF-8, never half a character. */
const shortened = (name: string): string => {
  let kept = '';
  for (const character of name) {
    if (Buffer.byteLength(kept + character) > NAME_BYTES_KEPT) break;
    kept += character;
  }
  return kept;
};

/**
 * A link that names no file it may be written through (dangling, a loop, or another user's
 * link in a sticky folder that the kernel will not follow): followed by hand, it would make
 * a file wherever its text points, so it is refused and the user names the file itself.
 */
const refuseLinkToNothing = (path: string, statError: unknown): void => {
  let link;
  try {
    link = lstatSync(path);
  } catch {
    return; // nothing there: the file to make
  }
  if (link.isSymbolicLink()) {
    throw new OutputNotWritable(
      path,
      `it is a link that names no file to write (${codeOf(statError) ?? 'unknown'}): ` +
        'give the path of the file itself',
    );
  }
};

/**
 * Where a file sink writes until it is closed: a temporary file beside the output, renamed
 * over it at the end, so an earlier file of that name stays as it was until the whole output
 * is there, with its permissions. A link to a file is followed as the kernel follows it (the
 * file it names is replaced, and the link stays); a link to no file is refused. A path that
 * names something else than a file (a named pipe, a device) is written directly.
 */
const destinationOf = (path: string): Destination => {
  let existing;
  try {
    existing = statSync(path);
  } catch (error) {
    refuseLinkToNothing(path, error);
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new OutputNotWritable(path, 'it is a directory');
  if (existing !== undefined && !existing.isFile()) {
    return { file: path, written: path, mode: undefined };
  }
  const file = existing === undefined ? path : realpathSync(path);
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const written = join(dirname(file), `.${shortened(basename(file))}.${unique}.tmp`);
  return { file, written, mode: existing === undefined ? undefined : existing.mode & 0o7777 };
};

/** Why a folder may refuse a new file while a file in it may still be written. */
const REFUSED_CODES: ReadonlySet<unknown> = new Set(['EACCES', 'EPERM', 'EROFS']);

/** An open destination: its descriptor, and the release of a temporary file's hold. */
interface Opened {
  readonly fd: number;
  readonly to: Destination;
  readonly release: () => void;
}

const nothingHeld = (): void => undefined;

/**
 * Why the output could not be opened: a full or failing disk is a failed write (exit 1), and
 * anything else is a path the user can fix (exit 2), named as given or as its link names it.
 */
const notOpened = (path: string, to: Destination, error: unknown): Error =>
  isDiskFailure(error)
    ? new OutputWriteFailed(path, error, OUTCOME.nothingWritten)
    : new OutputNotWritable(path, messageOf(error).replace(to.written, to.file));

const keepPermissions = (fd: number, mode: number): void => {
  try {
    fchmodSync(fd, mode);
  } catch {
    // The umask's narrower permissions stay: never wider than the replaced file's.
  }
};

/**
 * Opens where the lines go: the temporary file, or, when the folder refuses a new file but
 * the output file exists and may be written, the output file itself (written in place, as
 * the user's own file in a folder of someone else's). A temporary file is held for signals
 * (`holdTemporaryOutput`) before it is made, so that Ctrl-C finds the handler there from the
 * moment the file is.
 */
const openDestination = (path: string): Opened => {
  const to = destinationOf(path);
  const release = to.written === to.file ? nothingHeld : holdTemporaryOutput(path, to.written);
  try {
    // Made with the replaced file's permissions less the umask, so never wider than they
    // were; then given them exactly, as the file it replaces had them.
    const fd = openSync(to.written, 'w', to.mode ?? 0o666);
    if (to.mode !== undefined) keepPermissions(fd, to.mode);
    return { fd, to, release };
  } catch (error) {
    release();
    if (to.written !== to.file && to.mode !== undefined && REFUSED_CODES.has(codeOf(error))) {
      const inPlace = { ...to, written: to.file };
      try {
        return { fd: openSync(inPlace.written, 'w'), to: inPlace, release: nothingHeld };
      } catch (inPlaceError) {
        throw notOpened(path, inPlace, inPlaceError);
      }
    }
    throw notOpened(path, to, error);
  }
};

/**
 * A file of lines: each line is encoded straight into one reused buffer, which is written
 * out synchronously whenever the next line might not fit, and at `seal`. No line is joined
 * into a larger string first (flattening those joins cost a tenth of a million-event replay)
 * and no fresh memory is taken per chunk (docs/adr/0019). A line longer than the buffer is
 * written on its own. The lines go to a temporary file that `close` renames to `path`, and
 * `abandon` (or a failed write) deletes: a failed command leaves no partial output in its
 * place (docs/adr/0035). The temporary file is synced before the rename and its folder after,
 * so that a power cut cannot leave a cut-off file under the name, and SIGINT, SIGTERM or
 * SIGHUP deletes it while it is open. Nothing waits, so `drain` has nothing to do; `add`,
 * `write`, `seal` and `close` report a failed write as `OutputWriteFailed` (thrown, or a
 * rejected promise), and nothing can be added once the sink is sealed.
 */
export const fileLineSink = (path: string): LineSink => {
  const { fd, to, release } = openDestination(path);
  const temporary = to.written !== to.file;
  let fdOpen = true;
  // open: lines may be added; sealed: all written and the file closed, not yet in place;
  // ended: put in place, abandoned, or failed.
  let state: 'open' | 'sealed' | 'ended' = 'open';
  const closeFd = () => {
    if (!fdOpen) return;
    fdOpen = false; // a close that fails has closed the descriptor all the same
    closeSync(fd);
  };
  /** Ends the sink without its output: the file closed, a temporary one deleted. */
  const giveUp = () => {
    state = 'ended';
    release();
    try {
      closeFd();
    } catch {
      // The file is deleted, or was written in place up to the failure: its close adds nothing.
    }
    if (temporary) rmSync(to.written, { force: true });
  };
  const failed = (error: unknown): OutputWriteFailed => {
    try {
      giveUp();
    } catch {
      // A file system that failed the write may refuse the deletion too: the write's failure
      // is the one to tell.
    }
    return new OutputWriteFailed(
      path,
      error,
      temporary ? OUTCOME.nothingWritten : OUTCOME.cutShort,
    );
  };
  const buffer = Buffer.allocUnsafeSlow(FILE_BUFFER_BYTES);
  let used = 0;
  const writeAll = (bytes: Buffer, length: number) => {
    try {
      for (let at = 0; at < length;) at += writeSync(fd, bytes, at, length - at);
    } catch (error) {
      throw failed(error);
    }
  };
  const writeOut = () => {
    writeAll(buffer, used);
    used = 0;
  };
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
  const seal = () => {
    if (state !== 'open') return;
    writeOut();
    state = 'sealed';
    try {
      // Once per file, not per write: what is renamed into place is on the disk first.
      if (temporary) fsyncSync(fd);
      closeFd();
    } catch (error) {
      throw failed(error);
    }
  };
  const putInPlace = () => {
    seal();
    if (state !== 'sealed') return;
    if (!temporary) {
      state = 'ended';
      return;
    }
    try {
      renameSync(to.written, to.file);
    } catch (error) {
      throw failed(error);
    }
    state = 'ended';
    release();
    try {
      // The rename itself is an entry of the folder: synced, it survives a power cut.
      syncFolder(dirname(to.file));
    } catch (error) {
      throw new OutputWriteFailed(path, error, OUTCOME.notSynced);
    }
  };
  return {
    write: (line) => settled(() => add(line)),
    add,
    drain: () => Promise.resolve(),
    seal: () => settled(seal),
    close: () => settled(putInPlace),
    abandon: () =>
      settled(() => {
        if (state !== 'ended') giveUp();
      }),
  };
};
