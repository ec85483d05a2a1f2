import {
  EventDecodeFailed,
  EventStore,
  GlobalPosition,
  ReadAllFilter,
  RecordedEvent,
} from '@debiteur/eventstore';
import { detailOf, UnreadableEvent } from './stream-check';

/** A stored row the store could not read back as an event, and where it sits. */
export interface UnreadableRow extends UnreadableEvent {
  readonly globalPosition: GlobalPosition;
}

/**
 * The row an EventDecodeFailed names, when the store says where in the global order it
 * sits (the SQLite store's StoredRowUnreadable does: a row whose metadata does not decode);
 * null for any other error. Read by shape: the CLI loads no store adapter to ask.
 */
export const unreadableRowOf = (error: unknown): UnreadableRow | null => {
  if (!(error instanceof EventDecodeFailed)) return null;
  if (!('globalPosition' in error) || typeof error.globalPosition !== 'string') return null;
  return {
    streamId: error.streamId,
    streamVersion: error.streamVersion,
    eventId: 'eventId' in error && typeof error.eventId === 'string' ? error.eventId : '',
    type: error.eventType,
    detail: detailOf(error.errors),
    globalPosition: error.globalPosition,
  };
};

type Step = { readonly page: readonly RecordedEvent[] | null } | { readonly row: UnreadableRow };

/**
 * The first page of a read, and no more: a SQLite store reads it on the caller's thread and
 * starts no reading thread for the rest (ADR 0018), so stepping one event at a time is cheap.
 */
const firstPage = async (
  store: EventStore,
  after: GlobalPosition | null,
  filter: ReadAllFilter,
) => {
  try {
    for await (const page of store.readAllPages({ after, filter, batchSize: 1 })) return { page };
    return { page: null };
  } catch (error) {
    const row = unreadableRowOf(error);
    if (row === null) throw error;
    return { row };
  }
};

/**
 * A store's pages in global order, as `readAllPages` gives them, going on past each stored
 * row that does not decode: `onUnreadable` is told of it and the read goes on after it. The
 * events of the page that row was in, read before it, are read again one at a time (they
 * were never handed over), so every readable event comes exactly once. Only `debiteur
 * verify` reads so; the other readers stop at such a row, as the replay must (ADR 0012).
 */
export async function* pagesPastUnreadable(
  store: EventStore,
  filter: ReadAllFilter,
  batchSize: number,
  onUnreadable: (row: UnreadableRow) => void,
): AsyncGenerator<readonly RecordedEvent[]> {
  let after: GlobalPosition | null = null;
  for (;;) {
    try {
      for await (const page of store.readAllPages({ after, filter, batchSize })) {
        yield page;
        after = page[page.length - 1]?.globalPosition ?? after;
      }
      return;
    } catch (error) {
      if (unreadableRowOf(error) === null) throw error;
    }
    for (;;) {
      const step: Step = await firstPage(store, after, filter);
      if ('row' in step) {
        onUnreadable(step.row);
        after = step.row.globalPosition;
        break;
      }
      if (step.page === null) return;
      yield step.page;
      after = step.page[step.page.length - 1]?.globalPosition ?? after;
    }
  }
}
