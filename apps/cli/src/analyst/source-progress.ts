import { Progress, startProgress } from '../progress/progress';
import { EventFilter, EventSource } from './event-source';

const silent: Progress = {
  tick: () => undefined,
  setTotal: () => undefined,
  stop: () => undefined,
};

/**
 * Progress over a source's events: on a terminal the events are counted first
 * (`EventSource.count`: by the store, or from a JSONL file's bytes) so the bar can show
 * events/s and an ETA; in a pipe nothing is shown and nothing is counted.
 */
export const sourceProgress = async (
  label: string,
  source: EventSource,
  filter?: EventFilter,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<Progress> => {
  if (!stream.isTTY) return silent;
  return startProgress(label, await source.count(filter), 'events', stream);
};

/** `onEvent` for a fold that reports the running count: moves the bar to `read`. */
export const tickTo = (progress: Progress): ((read: number) => void) => {
  let shown = 0;
  return (read) => {
    progress.tick(read - shown);
    shown = read;
  };
};
