import {
  AppendResult,
  classifyRetry,
  EventToAppend,
  ExpectedVersion,
  ExpectedVersionConflict,
  recordedAtOf,
  RetryClassification,
  satisfiesExpectedVersion,
} from '@debiteur/eventstore';
import { toEventInsert } from './event-rows';
import { EventStatements } from './event-statements';

/** Which of the batch's ids are stored, classified by the port's idempotency rule. */
export const classifyStoredIds = (
  statements: EventStatements,
  streamId: string,
  events: readonly EventToAppend[],
): RetryClassification => {
  const rows = statements.storedIds.all(JSON.stringify(events.map((event) => event.eventId)));
  const stored = new Map(
    rows.map((row) => [
      row.event_id,
      {
        streamId: row.stream_id,
        streamVersion: row.stream_version,
        globalPosition: row.global_position,
      },
    ]),
  );
  return classifyRetry(streamId, events, stored);
};

/**
 * The body of one append, run in an IMMEDIATE transaction, in a SAVEPOINT of its own when
 * it shares the transaction with other appends (see append-group.ts): holding the write
 * lock from the first read means no other connection can move the stream between the
 * version check and the insert (a DEFERRED transaction would read a snapshot, then fail to
 * upgrade with SQLITE_BUSY_SNAPSHOT, which busy_timeout does not wait out).
 */
export const appendEvents = (
  statements: EventStatements,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedVersion,
  now: () => Date,
): AppendResult => {
  const retry = classifyStoredIds(statements, streamId, events);
  if (retry._tag === 'AlreadyAppended') return retry.result;

  const actual = statements.streamVersion.get(streamId)?.version ?? 0;
  if (!satisfiesExpectedVersion(expected, actual))
    throw new ExpectedVersionConflict(streamId, expected, actual);

  // Taken while holding the write lock, so recordedAt follows the commit order (an import
  // keeps the source's instead, docs/adr/0027).
  const committedAt = now().toISOString();
  let lastPosition = '';
  events.forEach((event, index) => {
    const row = statements.insert.get(
      toEventInsert(streamId, actual + index + 1, event, recordedAtOf(event, committedAt)),
    );
    lastPosition = row?.global_position ?? lastPosition;
  });
  return { nextExpectedVersion: actual + events.length, lastPosition, alreadyAppended: false };
};
