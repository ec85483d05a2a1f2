import {
  AppendResult,
  EventIdReused,
  EventToAppend,
  ExpectedVersion,
  ExpectedVersionConflict,
} from '@debiteur/eventstore';
import { toEventInsert } from './event-rows';
import { EventStatements } from './event-statements';

const satisfies = (expected: ExpectedVersion, actual: number): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return actual === 0;
    case 'stream-exists':
      return actual > 0;
    default:
      return expected === actual;
  }
};

/**
 * The original result when every id of the batch is already stored in this stream (a
 * retry); null when none is stored; EventIdReused for a partial or foreign reuse, or an id
 * repeated within the batch.
 */
export const retriedAppend = (
  statements: EventStatements,
  streamId: string,
  events: readonly EventToAppend[],
): AppendResult | null => {
  const ids = events.map((event) => event.eventId);
  const stored = statements.storedIds.all(JSON.stringify(ids));
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new EventIdReused(repeated, streamId);
  if (stored.length === 0) return null;

  const foreign = stored.find((row) => row.stream_id !== streamId);
  const storedIds = new Set(stored.map((row) => row.event_id));
  if (foreign !== undefined || ids.some((id) => !storedIds.has(id))) {
    throw new EventIdReused(foreign?.event_id ?? stored[0]?.event_id ?? '', streamId);
  }
  const newest = stored.reduce((a, b) => (b.stream_version > a.stream_version ? b : a));
  return {
    nextExpectedVersion: newest.stream_version,
    lastPosition: newest.global_position,
    alreadyAppended: true,
  };
};

/**
 * The body of one append, run inside an IMMEDIATE transaction: holding the write lock from
 * the first read means no other connection can move the stream between the version check
 * and the insert (a DEFERRED transaction would read a snapshot, then fail to upgrade with
 * SQLITE_BUSY_SNAPSHOT, which busy_timeout does not wait out).
 */
export const appendEvents = (
  statements: EventStatements,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedVersion,
  now: () => Date,
): AppendResult => {
  const retried = retriedAppend(statements, streamId, events);
  if (retried) return retried;

  const actual = statements.streamVersion.get(streamId)?.version ?? 0;
  if (!satisfies(expected, actual)) throw new ExpectedVersionConflict(streamId, expected, actual);

  // Taken while holding the write lock, so recordedAt follows the commit order.
  const recordedAt = now().toISOString();
  let lastPosition = '';
  events.forEach((event, index) => {
    const row = statements.insert.get(
      toEventInsert(streamId, actual + index + 1, event, recordedAt),
    );
    lastPosition = row?.global_position ?? lastPosition;
  });
  return { nextExpectedVersion: actual + events.length, lastPosition, alreadyAppended: false };
};
