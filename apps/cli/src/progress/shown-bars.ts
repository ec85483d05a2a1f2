import { ENDING_SIGNALS, listenersWhileNeeded } from '../ending-signals';

/**
 * The progress bars now on the terminal, each by its stop. A bar hides the cursor and turns
 * line wrap off until it is stopped, so a process that ends first (`| head` stopping early,
 * a failure, an uncaught error, Ctrl-C) stops the bars on its way out, or the analyst's
 * terminal would be left without either.
 */
const shown = new Set<() => void>();

/**
 * Stops every bar still on the terminal, which gives it its cursor and line wrap back and
 * ends the bar's line, so that a line written next starts below the bar; nothing when no bar
 * is shown.
 */
export const stopShownBars = (): void => {
  for (const stop of [...shown]) stop();
};

/**
 * A signal while a bar is shown: the bar is stopped, and unless another handler is there to
 * take the signal (analyst/temporary-outputs' deletes its hidden files, then raises it
 * again), the process dies of it as it would have without this one (130, 143 or 129 in a
 * shell).
 */
const onSignal = (signal: NodeJS.Signals): void => {
  stopShownBars();
  listeners.stop();
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
};

// Node's default for each ending signal ends the process without running 'exit' listeners.
const listeners = listenersWhileNeeded(
  () => {
    for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
    // Also run when an uncaught error ends the process, before Node prints it.
    process.on('exit', stopShownBars);
  },
  () => {
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
    process.off('exit', stopShownBars);
  },
);

/**
 * A shown bar's stop, made to run once: by the command when it is done with the bar, or else
 * as the process ends in any other way (exit, an uncaught error, SIGINT, SIGTERM, SIGHUP), so
 * that the terminal gets its cursor and line wrap back whatever happens.
 */
export const stopOnAnyEnd = (stop: () => void): (() => void) => {
  const once = (): void => {
    if (!shown.delete(once)) return;
    if (shown.size === 0) listeners.stopSoon();
    stop();
  };
  shown.add(once);
  listeners.listen();
  return once;
};
