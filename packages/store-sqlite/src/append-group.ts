import type { Database } from 'better-sqlite3';
import {
  AppendOutcome,
  EventToAppend,
  ExpectedVersion,
  ExpectedVersionConflict,
} from '@debiteur/eventstore';
import { appendEvents, classifyStoredIds } from './append-events';
import { isUniqueViolation, translateDriverError } from './driver-errors';
import { EventStatements } from './event-statements';

/** One caller's append, waiting for the group it will be committed in. */
export interface QueuedAppend {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedVersion: ExpectedVersion;
}

/**
 * Applies appends in ONE write transaction (BEGIN IMMEDIATE … COMMIT), each in a SAVEPOINT
 * of its own, in the order given, and returns once COMMIT has returned, so every
 * `Appended` outcome is durable. Each append runs the same checks as when it was alone,
 * against the store as the appends before it in the group left it: a second append to a
 * stream sees the first's version. An append whose checks or inserts fail rolls back to its
 * savepoint and is `Refused` with the error it would get alone; the others are unaffected.
 *
 * Throws (and nothing of the group is written) when the transaction as a whole fails: BEGIN
 * cannot get the write lock, COMMIT fails, or SQLite itself rolls back the transaction
 * after an error (a full disk, an I/O fault), which would take the savepoints before it too.
 * A group of one append runs without a savepoint, as an append did before group commit: its
 * transaction is its own, and its failure is thrown.
 */
export const groupAppender = (
  db: Database,
  statements: EventStatements,
  now: () => Date,
): ((group: readonly QueuedAppend[]) => AppendOutcome[]) => {
  const one = db.transaction((append: QueuedAppend) =>
    appendEvents(statements, append.streamId, append.events, append.expectedVersion, now),
  );

  // The constraints back up the checks; should they ever fire, answer what the checks
  // would have: a retry, an id reuse, or where the stream really is.
  const answerFromConstraint = (append: QueuedAppend): AppendOutcome => {
    try {
      const retry = classifyStoredIds(statements, append.streamId, append.events);
      if (retry._tag === 'AlreadyAppended') return { _tag: 'Appended', result: retry.result };
      const actual = statements.streamVersion.get(append.streamId)?.version ?? 0;
      const error = new ExpectedVersionConflict(append.streamId, append.expectedVersion, actual);
      return { _tag: 'Refused', error };
    } catch (error) {
      return { _tag: 'Refused', error: translateDriverError(error) };
    }
  };

  const attempt = (append: QueuedAppend): AppendOutcome => {
    try {
      return { _tag: 'Appended', result: one(append) };
    } catch (error) {
      if (!db.inTransaction) throw error;
      if (isUniqueViolation(error)) return answerFromConstraint(append);
      return { _tag: 'Refused', error: translateDriverError(error) };
    }
  };

  const all = db.transaction((group: readonly QueuedAppend[]) => group.map(attempt));
  // Alone in its group, an append needs no savepoint (whose sub-journal copies every page
  // the append touches): called outside a transaction, `one` opens its own, and its
  // failure, thrown, rejects it.
  const attemptAlone = (append: QueuedAppend): AppendOutcome[] => {
    try {
      return [{ _tag: 'Appended', result: one.immediate(append) }];
    } catch (error) {
      if (isUniqueViolation(error)) return [answerFromConstraint(append)];
      throw error;
    }
  };
  return (group) => {
    const [only] = group;
    return group.length === 1 && only !== undefined ? attemptAlone(only) : all.immediate(group);
  };
};
