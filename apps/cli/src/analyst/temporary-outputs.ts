import { unlinkSync } from 'node:fs';
import { constants } from 'node:os';

/** An output being written to a hidden temporary file: its name as given, and that file. */
interface Held {
  readonly shownAs: string;
  readonly temporary: string;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

const held = new Set<Held>();
let listening = false;
let stopping: NodeJS.Immediate | undefined;

const interruptedLine = (names: readonly string[]): string =>
  `debiteur: interrupted; ${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} not written`;

/**
 * Ctrl-C or a `kill` while outputs are written: every temporary file still held is deleted,
 * so that no hidden file is left behind and an earlier file of each name stays as it was,
 * and the process exits as the signal asks (128 + its number: 130, 143).
 */
const onSignal = (signal: NodeJS.Signals): void => {
  const names = [...held].map(({ shownAs, temporary }) => {
    try {
      unlinkSync(temporary);
    } catch {
      // Gone already, or not ours to delete: the process ends all the same.
    }
    return shownAs;
  });
  held.clear();
  // On a terminal the line starts below the progress bar rather than after it.
  const lead = process.stderr.isTTY ? '\n' : '';
  if (names.length > 0) process.stderr.write(`${lead}${interruptedLine(names)}\n`);
  process.exit(128 + constants.signals[signal]);
};

const listen = (): void => {
  if (stopping !== undefined) clearImmediate(stopping);
  stopping = undefined;
  if (listening) return;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  listening = true;
};

/**
 * Stops listening two turns of the event loop later, not at once: a signal that came during
 * synchronous work waits in the event loop, and is lost if no handler is there to take it
 * when the loop next polls. With the handler still there, it ends the process as the signal
 * asked, though nothing is left to delete.
 */
const stopListeningSoon = (): void => {
  stopping = setImmediate(() => {
    stopping = setImmediate(() => {
      stopping = undefined;
      for (const signal of SIGNALS) process.off(signal, onSignal);
      listening = false;
    });
  });
};

/**
 * Holds a temporary output file until the returned release is called (once it is renamed
 * into place or deleted): meanwhile SIGINT and SIGTERM delete it before the process exits.
 * The handlers are there only while some file is held, so the commands that write no file
 * (`serve`, `schedule`, with shutdowns of their own) keep the signals to themselves.
 */
export const holdTemporaryOutput = (shownAs: string, temporary: string): (() => void) => {
  const entry: Held = { shownAs, temporary };
  held.add(entry);
  listen();
  return () => {
    if (held.delete(entry) && held.size === 0) stopListeningSoon();
  };
};
