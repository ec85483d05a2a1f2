import {
  AppendResult,
  EventToAppend,
  ExpectedVersion,
  ExpectedVersionConflict,
  keptRecordedAt,
  streamCategory,
  validateAppend,
} from '@debiteur/eventstore';
import { Pool, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import { AppendRequest, classifyStored, StoredEvent } from './append-rules';
import { AppendSql, ClaimKind } from './append-sql';
import { isTransient, isUniqueViolation, translateDriverError, translated } from './driver-errors';
import { encodePosition } from './global-position';

const EVENT_ID_UNIQUE = 'events_event_id_unique';
const STREAM_VERSION_UNIQUE = 'events_stream_version_unique';
/** Deadlocks and lost event-id races are retried; more than a few means something is wrong. */
const MAX_ATTEMPTS = 5;

const claimKind = (expectedVersion: ExpectedVersion): ClaimKind =>
  expectedVersion === 'no-stream' || expectedVersion === 0
    ? 'create'
    : expectedVersion === 'stream-exists'
      ? 'bumpExisting'
      : expectedVersion === 'any'
        ? 'createOrBump'
        : 'bumpExact';

/** The append function's answer. */
export interface AppendRow {
  readonly current_version: number | null;
  readonly new_version: number | null;
  readonly stored: readonly StoredEvent[];
  readonly last_transaction_id: string | null;
  readonly last_position: string | null;
}

/** What appendWithin needs of a connection: a pool, or a client (in a transaction or not). */
export interface Queryable {
  query<R extends QueryResultRow>(config: QueryConfig): Promise<QueryResult<R>>;
}

const storedIds = async (
  connection: Queryable,
  sql: AppendSql,
  request: AppendRequest,
): Promise<readonly StoredEvent[]> => {
  const ids = request.events.map((e) => e.eventId);
  const { rows } = await translated(() =>
    connection.query<StoredEvent>({ text: sql.storedIds, values: [ids] }),
  );
  return rows;
};

const appendParameters = (request: AppendRequest): unknown[] => {
  const { streamId, events, expectedVersion } = request;
  const column = <T>(pick: (event: EventToAppend) => T): T[] => events.map(pick);
  return [
    streamId,
    streamCategory(streamId),
    claimKind(expectedVersion),
    typeof expectedVersion === 'number' ? expectedVersion : null,
    column((e) => e.eventId),
    column((e) => e.metadata.tenantId),
    column((e) => e.type),
    column((e) => e.schemaVersion),
    column((e) => JSON.stringify(e.data) ?? 'null'),
    column((e) => e.metadata.occurredAt),
    column((e) => e.metadata.actor),
    column((e) => e.metadata.reason),
    column((e) => e.metadata.correlationId),
    column((e) => e.metadata.causationId),
    // An import's instant from its source store (ADR 0027), else null: the statement's time.
    column((e) => keptRecordedAt(e) ?? null),
  ];
};

/** The call of the append function for a request (validated already). */
export const appendCall = (sql: AppendSql, request: AppendRequest): QueryConfig => ({
  ...sql.append,
  values: appendParameters(request),
});

/**
 * What the append function's answer means for the request: the result, or the refusal it
 * found (ExpectedVersionConflict with the version found, or EventIdReused); the function
 * wrote nothing then.
 */
export const answerOfCall = (request: AppendRequest, rows: readonly AppendRow[]): AppendResult => {
  const { streamId, expectedVersion } = request;
  const row = rows[0];
  if (row === undefined) throw new Error('The append function returned no row');
  const retry = classifyStored(request, row.stored);
  if (retry._tag === 'AlreadyAppended') return retry.result;
  if (row.new_version === null || row.last_transaction_id === null || row.last_position === null) {
    throw new ExpectedVersionConflict(streamId, expectedVersion, row.current_version ?? 0);
  }
  return {
    nextExpectedVersion: row.new_version,
    lastPosition: encodePosition({
      transactionId: row.last_transaction_id,
      position: row.last_position,
    }),
    alreadyAppended: false,
  };
};

/**
 * The authoritative part of an append: one call of the append function, which locks the
 * stream and only then looks the batch's ids and the stream's version up, so a retry is
 * answered from what it found and a version it finds wrong is final: ExpectedVersionConflict
 * with the version it found. In autocommit the call is its own transaction; a group of
 * appends (append-group.ts) and tests run it in a transaction they hold open, which then
 * holds the stream lock until it ends.
 */
export const appendWithin = async (
  connection: Queryable,
  sql: AppendSql,
  request: AppendRequest,
): Promise<AppendResult> => {
  validateAppend(request.streamId, request.events, request.expectedVersion);
  const { rows } = await connection.query<AppendRow>(appendCall(sql, request));
  return answerOfCall(request, rows);
};

/**
 * What an append whose call of the append function failed gets: when an event id that a
 * concurrent appender to another stream held uncommitted made the insert fail, or the server
 * rolled back a deadlock, the ids are looked up again, so a concurrent duplicate still ends
 * as an idempotent result (or EventIdReused); null when trying again may succeed. Any other
 * failure is thrown, translated. `connection` must be usable again: in a transaction, the
 * failed call's savepoint has been rolled back to.
 */
export const answerFailedAppend = async (
  connection: Queryable,
  sql: AppendSql,
  request: AppendRequest,
  error: unknown,
): Promise<AppendResult | null> => {
  const lostRace =
    isUniqueViolation(error, EVENT_ID_UNIQUE) ||
    isUniqueViolation(error, STREAM_VERSION_UNIQUE) ||
    isTransient(error);
  if (!lostRace) throw translateDriverError(error);
  const raced = classifyStored(request, await storedIds(connection, sql, request));
  if (raced._tag === 'AlreadyAppended') return raced.result;
  // The stream lock makes this unreachable; if it happens anyway, it is a conflict.
  if (isUniqueViolation(error, STREAM_VERSION_UNIQUE)) {
    const { rows } = await translated(() =>
      connection.query<{ version: number }>({
        text: sql.currentVersion,
        values: [request.streamId],
      }),
    );
    throw new ExpectedVersionConflict(
      request.streamId,
      request.expectedVersion,
      rows[0]?.version ?? 0,
    );
  }
  return null;
};

/**
 * Appends a batch in one autocommit statement (see appendWithin), an import's batch too: its
 * instants go in with the insert (ADR 0031). A failed call is answered by answerFailedAppend,
 * and tried again while it says so, a few times at most.
 */
export const appendEvents = async (
  pool: Pool,
  sql: AppendSql,
  request: AppendRequest,
): Promise<AppendResult> => {
  validateAppend(request.streamId, request.events, request.expectedVersion);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await appendWithin(pool, sql, request);
    } catch (error) {
      const answer = await answerFailedAppend(pool, sql, request, error);
      if (answer !== null) return answer;
      if (attempt >= MAX_ATTEMPTS) throw translateDriverError(error);
    }
  }
};
