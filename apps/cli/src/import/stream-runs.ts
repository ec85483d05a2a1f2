import { RecordedEvent } from '@debiteur/eventstore';

/** An event of the file and the line it is on. */
export interface NumberedEvent {
  readonly event: RecordedEvent;
  readonly line: number;
}

/** Consecutive events of one stream in the file: appended as one batch. */
export interface StreamRun {
  readonly streamId: string;
  readonly events: readonly RecordedEvent[];
  /** The line of each event, side by side with `events`. */
  readonly lines: readonly number[];
}

/**
 * Groups a global-order event stream into runs of consecutive events of the same stream,
 * each at most `maxRun` long, so the import appends in batches while keeping global order.
 */
export async function* streamRuns(
  events: AsyncIterable<NumberedEvent>,
  maxRun = 500,
): AsyncGenerator<StreamRun> {
  let run: RecordedEvent[] = [];
  let lines: number[] = [];
  for await (const { event, line } of events) {
    const head = run[0];
    if (head !== undefined && (head.streamId !== event.streamId || run.length >= maxRun)) {
      yield { streamId: head.streamId, events: run, lines };
      run = [];
      lines = [];
    }
    run.push(event);
    lines.push(line);
  }
  const head = run[0];
  if (head !== undefined) yield { streamId: head.streamId, events: run, lines };
}
