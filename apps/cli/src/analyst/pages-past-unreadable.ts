import {
  EventDecodeFailed,
  EventStore,
  GlobalPosition,
  ReadAllFilter,
  RecordedEvent,
} from '@debiteur/eventstore';
import { detailOf, UnreadableEvent } from '../verify/stream-check';

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

type Read = { readonly page: readonly RecordedEvent[] | null } | { readonly row: UnreadableRow };

/**
 * The first page of a read of `size` events, and no more: a SQLite store reads it on the
 * caller's thread and starts no reading thread for the rest (ADR 0018), so a small read is
 * cheap. A page that holds an unreadable row gives none of its events, only that row.
 */
const firstPage = async (
  store: EventStore,
  after: GlobalPosition | null,
  filter: ReadAllFilter,
  size: number,
): Promise<Read> => {
  try {
    for await (const page of store.readAllPages({ after, filter, batchSize: size })) {
      return { page };
    }
    return { page: null };
  } catch (error) {
    const row = unreadableRowOf(error);
    if (row === null) throw error;
    return { row };
  }
};

const half = (size: number) => Math.ceil(size / 2);

/**
 * A store's pages in global order, as `readAllPages` gives them, going on past each stored
 * row that does not decode: `onUnreadable` is told of it and the read goes on after it. Every
 * readable event comes exactly once and every unreadable row is told once, in global order.
 * `verify`, `replay` and `history` read so (`EventSourceOptions.onUnreadableRow`); `export`
 * stops at such a row, since a copy that left it out would not be the store's.
 *
 * A read that meets an unreadable row hands over none of its page, so the readable events
 * before the row are read again in first pages (no reading thread), each half the size of
 * the read before, until a read of one event fails: that is the row, some log2(`batchSize`)
 * reads after the failed one. After it the reads start at one event and double while they
 * read back, and the bulk read (`batchSize`, read ahead on a thread) resumes when they reach
 * `batchSize`, after about `batchSize` readable events in a row. So, after an unreadable
 * row, no read asks for more than twice the readable events since it, plus one: a run of
 * unreadable rows costs one read of one event a row, and a bulk read, whose thread and pages
 * read ahead an unreadable row would waste, starts only after a page's worth of readable
 * events. Reads of one event until a fixed count had read back would bound the cost too, but
 * would read a store with an unreadable row every few hundred one event at a time.
 */
export async function* pagesPastUnreadable(
  store: EventStore,
  filter: ReadAllFilter,
  batchSize: number,
  onUnreadable: (row: UnreadableRow) => void,
): AsyncGenerator<readonly RecordedEvent[]> {
  let after: GlobalPosition | null = null;
  let size = batchSize;
  // A read of more than one event failed at a row not yet reached: close in on it.
  let closingIn = false;
  for (;;) {
    let read: Read;
    if (size >= batchSize && !closingIn) {
      try {
        for await (const page of store.readAllPages({ after, filter, batchSize })) {
          yield page;
          after = page[page.length - 1]?.globalPosition ?? after;
        }
        return;
      } catch (error) {
        const row = unreadableRowOf(error);
        if (row === null) throw error;
        read = { row };
      }
    } else {
      read = await firstPage(store, after, filter, size);
    }
    if ('row' in read) {
      if (size > 1) {
        closingIn = true;
        size = half(size);
        continue;
      }
      onUnreadable(read.row);
      after = read.row.globalPosition;
      closingIn = false;
      continue;
    }
    if (read.page === null) return;
    yield read.page;
    after = read.page[read.page.length - 1]?.globalPosition ?? after;
    size = closingIn ? half(size) : Math.min(size * 2, batchSize);
  }
}
