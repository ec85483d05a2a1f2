import { RecordedEvent } from '@debiteur/eventstore';

/** Consecutive events of one stream in the file: appended as one batch. */
export interface StreamRun {
  readonly streamId: string;
  readonly events: readonly RecordedEvent[];
}

/**
 * Groups a global-order event stream into runs of consecutive events of the same stream,
 * each at most `maxRun` long, so the import appends in batches while keeping global order.
 */
export async function* streamRuns(
  events: AsyncIterable<RecordedEvent>,
  maxRun = 500,
): AsyncGenerator<StreamRun> {
  let run: RecordedEvent[] = [];
  for await (const event of events) {
    const head = run[0];
    if (head !== undefined && (head.streamId !== event.streamId || run.length >= maxRun)) {
      yield { streamId: head.streamId, events: run };
      run = [];
    }
    run.push(event);
  }
  const head = run[0];
  if (head !== undefined) yield { streamId: head.streamId, events: run };
}
