import { SingleBar } from 'cli-progress';
import { stopOnAnyEnd } from './shown-bars';

/** Progress of a long command: a bar with events/s and ETA on a terminal, silence in pipes. */
export interface Progress {
  /** Moves the count on by `n` (default 1). */
  tick(n?: number): void;
  /** Sets the total when it becomes known (or changes). */
  setTotal(total: number): void;
  /** Ends the bar on a line of its own and gives the terminal its cursor and line wrap back. */
  stop(): void;
}

const silent: Progress = {
  tick: () => undefined,
  setTotal: () => undefined,
  stop: () => undefined,
};

/**
 * A progress bar on stderr when it is a TTY (so stdout stays clean for results), nothing
 * otherwise. `unit` names what is counted (events, rows, days).
 */
export const startProgress = (
  label: string,
  total: number,
  unit = 'events',
  stream: NodeJS.WriteStream = process.stderr,
): Progress => {
  if (!stream.isTTY) return silent;
  const bar = new SingleBar({
    stream,
    format: `${label} [{bar}] {value}/{total} ${unit} | {speed} ${unit}/s | ETA {eta_formatted}`,
    hideCursor: true,
    etaBuffer: 200,
    fps: 5,
  });
  const started = Date.now();
  let value = 0;
  bar.start(Math.max(total, 1), 0, { speed: 0 });
  // The bar has hidden the cursor and turned line wrap off: they come back however it ends.
  const stop = stopOnAnyEnd(() => bar.stop());
  return {
    tick(n = 1) {
      value += n;
      const seconds = (Date.now() - started) / 1000;
      bar.update(value, { speed: seconds > 0 ? Math.round(value / seconds) : 0 });
    },
    setTotal(next) {
      bar.setTotal(Math.max(next, 1));
    },
    stop,
  };
};
