import { unlinkSync } from 'node:fs';
import { ENDING_SIGNALS, listenersWhileNeeded } from '../ending-signals';
import { stopShownBars } from '../progress/shown-bars';

/** An output being written to a hidden temporary file: its name as given, and that file. */
interface Held {
  readonly shownAs: string;
  readonly temporary: string;
}

const held = new Set<Held>();

const interruptedLine = (names: readonly string[]): string =>
  `debiteur: interrupted; ${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} not written`;

/**
 * Ctrl-C, a `kill` or a closed terminal while outputs are written: every temporary file still
 * held is deleted, so that no hidden file is left behind and an earlier file of each name
 * stays as it was, and the process then dies of the signal itself (the shell's 130, 143 or
 * 129), so a shell loop around the command stops as it would for any command Ctrl-C stopped.
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
  // On a terminal the line starts below the progress bar rather than after it, and the
  // terminal is left as the bar found it (the bar's own handler finds it stopped).
  stopShownBars();
  // A terminal that hung up fails this write (ignoredStderrError): the process dies regardless.
  if (names.length > 0) process.stderr.write(`${interruptedLine(names)}\n`);
  listeners.stop();
  process.kill(process.pid, signal);
};

/**
 * A failed write to stderr while outputs are held: a terminal that hung up fails the progress
 * bar's next write (EIO) before the SIGHUP is taken, and that error, unheard, would end the
 * process before the signal's handler deletes the hidden files. Nothing can be told on such
 * a stderr anyway.
 */
const ignoredStderrError = (): void => undefined;

const listeners = listenersWhileNeeded(
  () => {
    for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
    process.stderr.on('error', ignoredStderrError);
  },
  () => {
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
    process.stderr.off('error', ignoredStderrError);
  },
);

/**
 * Holds a temporary output file until the returned release is called (once it is renamed
 * into place or deleted): meanwhile SIGINT, SIGTERM and SIGHUP delete it before the process
 * exits. The handlers are there only while some file is held, so the commands that write no
 * file (`serve`, `schedule`, with shutdowns of their own) keep the signals to themselves.
 */
export const holdTemporaryOutput = (shownAs: string, temporary: string): (() => void) => {
  const entry: Held = { shownAs, temporary };
  held.add(entry);
  listeners.listen();
  return () => {
    // Two turns later: a Ctrl-C taken meanwhile still finds the handler (ListenersWhileNeeded).
    if (held.delete(entry) && held.size === 0) listeners.stopSoon();
  };
};
