import {
  AppendResult,
  EventToAppend,
  ExpectedVersionConflict,
  satisfiesExpectedVersion,
  streamCategory,
  validateAppend,
} from '@debiteur/eventstore';
import { ClientBase, Pool } from 'pg';
import { AppendRequest, classifyStored, StoredEvent } from './append-rules';
import { AppendSql } from './append-sql';
import { isTransient, isUniqueViolation, translateDriverError, translated } from './driver-errors';
import { comparePositions, encodePosition, TransactionPosition } from './global-position';
import { withTransaction } from './transaction';

const EVENT_ID_UNIQUE = 'events_event_id_unique';
const STREAM_VERSION_UNIQUE = 'events_stream_version_unique';
/** Deadlocks and lost event-id races are retried; more than a few means something is wrong. */
const MAX_ATTEMPTS = 5;

interface Preflight {
  readonly version: number;
  readonly stored: readonly StoredEvent[];
}

const preflight = async (
  pool: Pool,
  sql: AppendSql,
  request: AppendRequest,
): Promise<Preflight> => {
  const ids = request.events.map((e) => e.eventId);
  const { rows } = await translated(() =>
    pool.query<{ version: number | null } & (StoredEvent | { event_id: null })>(sql.preflight, [
      request.streamId,
      ids,
    ]),
  );
  return {
    version: rows[0]?.version ?? 0,
    stored: rows.flatMap((row) => (row.event_id === null ? [] : [row as StoredEvent])),
  };
};

const currentVersion = async (
  client: ClientBase | Pool,
  sql: AppendSql,
  streamId: string,
): Promise<number> => {
  const { rows } = await client.query<{ version: number }>(sql.currentVersion, [streamId]);
  return rows[0]?.version ?? 0;
};

/**
 * Moves the stream's row from the expected version to the new one, or throws
 * ExpectedVersionConflict. The conditional UPDATE (or the INSERT that finds the row
 * taken) is the atomic check: a concurrent appender's change is seen once it commits.
 */
const claimVersions = async (
  client: ClientBase,
  sql: AppendSql,
  request: AppendRequest,
): Promise<number> => {
  const { streamId, expectedVersion } = request;
  const count = request.events.length;
  const claim =
    expectedVersion === 'no-stream' || expectedVersion === 0
      ? client.query<{ version: number }>(sql.createStream, [streamId, count])
      : expectedVersion === 'stream-exists'
        ? client.query<{ version: number }>(sql.bumpExistingStream, [streamId, count])
        : expectedVersion === 'any'
          ? client.query<{ version: number }>(sql.createOrBumpStream, [streamId, count])
          : client.query<{ version: number }>(sql.bumpExactVersion, [
              streamId,
              count,
              expectedVersion,
            ]);
  const version = (await claim).rows[0]?.version;
  if (version === undefined) {
    throw new ExpectedVersionConflict(
      streamId,
      expectedVersion,
      await currentVersion(client, sql, streamId),
    );
  }
  return version;
};

const insertEvents = async (
  client: ClientBase,
  sql: AppendSql,
  request: AppendRequest,
  newVersion: number,
): Promise<TransactionPosition> => {
  const { streamId, events } = request;
  const column = <T>(pick: (event: EventToAppend) => T): T[] => events.map(pick);
  const { rows } = await client.query<{ transaction_id: string; position: string }>(
    sql.insertEvents,
    [
      streamId,
      newVersion - events.length,
      streamCategory(streamId),
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
    ],
  );
  const positions = rows.map((row) => ({
    transactionId: row.transaction_id,
    position: row.position,
  }));
  return positions.reduce((a, b) => (comparePositions(b, a) > 0 ? b : a));
};

/**
 * The authoritative part of an append, on a connection already inside a transaction (the
 * caller commits): lock the stream, claim the versions, insert the batch in one statement.
 * appendEvents runs it in its own transaction; tests run it in one they hold open.
 */
export const appendWithin = async (
  client: ClientBase,
  sql: AppendSql,
  schemaName: string,
  request: AppendRequest,
): Promise<AppendResult> => {
  validateAppend(request.streamId, request.events, request.expectedVersion);
  await client.query(sql.lockStream, [schemaName, request.streamId]);
  const newVersion = await claimVersions(client, sql, request);
  const last = await insertEvents(client, sql, request, newVersion);
  return {
    nextExpectedVersion: newVersion,
    lastPosition: encodePosition(last),
    alreadyAppended: false,
  };
};

/**
 * Appends a batch. First, outside any transaction, one query: a batch whose ids are all
 * stored in this stream is a retry and gets its original result; a stale expected version
 * fails fast, without queueing for the stream's lock. Then the append transaction, whose
 * conditional version update is the real check. When it loses a race — a conflict, or an
 * event id that a concurrent appender inserted — the ids are looked up again, so a
 * concurrent duplicate still ends as an idempotent result (or EventIdReused).
 */
export const appendEvents = async (
  pool: Pool,
  sql: AppendSql,
  schemaName: string,
  request: AppendRequest,
): Promise<AppendResult> => {
  validateAppend(request.streamId, request.events, request.expectedVersion);
  for (let attempt = 1; ; attempt += 1) {
    const before = await preflight(pool, sql, request);
    const retry = classifyStored(request, before.stored);
    if (retry._tag === 'AlreadyAppended') return retry.result;
    if (!satisfiesExpectedVersion(request.expectedVersion, before.version)) {
      throw new ExpectedVersionConflict(request.streamId, request.expectedVersion, before.version);
    }
    try {
      return await withTransaction(pool, (client) =>
        appendWithin(client, sql, schemaName, request),
      );
    } catch (error) {
      const lostRace =
        error instanceof ExpectedVersionConflict ||
        isUniqueViolation(error, EVENT_ID_UNIQUE) ||
        isUniqueViolation(error, STREAM_VERSION_UNIQUE) ||
        isTransient(error);
      if (!lostRace) throw translateDriverError(error);
      const after = await preflight(pool, sql, request);
      const raced = classifyStored(request, after.stored);
      if (raced._tag === 'AlreadyAppended') return raced.result;
      if (error instanceof ExpectedVersionConflict) throw error;
      // The stream lock makes this unreachable; if it happens anyway, it is a conflict.
      if (isUniqueViolation(error, STREAM_VERSION_UNIQUE)) {
        throw new ExpectedVersionConflict(request.streamId, request.expectedVersion, after.version);
      }
      if (attempt >= MAX_ATTEMPTS) throw translateDriverError(error);
    }
  }
};
