import { EventStore, RecordedEvent } from '@debiteur/eventstore';
import { UnreadableRow, unreadableRowOf } from './pages-past-unreadable';

/**
 * A stream's events in version order, going on past each stored row that does not read back
 * as an event (as `pagesPastUnreadable` does for the global order): `onUnreadable` is told of
 * the row, and the read resumes at the next version.
 */
export const streamPastUnreadable = async (
  store: EventStore,
  streamId: string,
  onUnreadable: (row: UnreadableRow) => void,
): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  let from = 1;
  for (;;) {
    try {
      events.push(...(await store.readStream(streamId, { from })));
      return events;
    } catch (error) {
      const row = unreadableRowOf(error);
      if (row === null || row.streamId !== streamId || row.streamVersion < from) throw error;
      // The rows before the first unreadable one read back.
      if (row.streamVersion > from) {
        events.push(...(await store.readStream(streamId, { from, to: row.streamVersion - 1 })));
      }
      onUnreadable(row);
      from = row.streamVersion + 1;
    }
  }
};
