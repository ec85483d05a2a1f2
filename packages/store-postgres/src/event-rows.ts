import { RecordedEvent } from '@debiteur/eventstore';
import { CustomTypesConfig } from 'pg';
import { encodePosition } from './global-position';

/**
 * The select list that every read uses, so readStream and readAll return identical events.
 * Rows come as arrays (`rowMode: 'array'`, see EVENT_QUERY), in this order. `transaction_id`
 * and `position` stay the numeric columns, so an ORDER BY on them orders numerically; they
 * arrive as decimal strings (READ_TYPES). `recorded_at` comes as whole milliseconds since
 * the epoch, rounded down (as `to_char(…, 'MS')` did): much cheaper for the server than
 * formatting text, and independent of the session's TimeZone and DateStyle.
 */
export const EVENT_COLUMNS = `
  transaction_id, position, event_id, stream_id, stream_version, type, schema_version, data,
  tenant_id, occurred_at, actor, reason, correlation_id, causation_id,
  floor(extract(epoch FROM recorded_at) * 1000)::bigint AS recorded_at_ms`;

/** How many columns EVENT_COLUMNS has: a query may add its own after them. */
export const EVENT_COLUMN_COUNT = 15;

/**
 * One row as EVENT_COLUMNS shapes it, parsed by READ_TYPES: int8 and xid8 as decimal
 * strings, int4 as numbers, json and jsonb parsed, text as is.
 */
export type EventRow = [
  transactionId: string,
  position: string,
  eventId: string,
  streamId: string,
  streamVersion: number,
  type: string,
  schemaVersion: number,
  data: unknown,
  tenantId: string,
  occurredAt: string,
  actor: string,
  reason: string | null,
  correlationId: string,
  causationId: string | null,
  recordedAtMs: string,
];

const OID = { bool: 16, int8: 20, int4: 23, text: 25, json: 114, jsonb: 3802, xid8: 5069 } as const;
const parsedJson = (value: string): unknown => JSON.parse(value) as unknown;
const asIs = (value: string): string => value;
const PARSERS: ReadonlyMap<number, (value: string) => unknown> = new Map<
  number,
  (value: string) => unknown
>([
  [OID.bool, (value) => value === 't'],
  [OID.int4, (value) => Number(value)],
  [OID.json, parsedJson], // events' data since migration 4 (ADR 0021)
  [OID.jsonb, parsedJson], // events' data before migration 4
  [OID.int8, asIs], // positions and milliseconds: decimal strings, never rounded
  [OID.xid8, asIs],
  [OID.text, asIs],
]);

/**
 * The adapter's own type parsers for its reads, so that a process-wide
 * `pg.types.setTypeParser` (int8 as numbers or BigInt, say) can never change what a
 * position or an event looks like. Any other type stays text.
 */
export const READ_TYPES: CustomTypesConfig = {
  getTypeParser: (oid: number) => PARSERS.get(oid) ?? asIs,
};

/** The query options every read of events passes to node-postgres. */
export const EVENT_QUERY = { rowMode: 'array', types: READ_TYPES } as const;

/** A row that starts with the event columns; a query may add its own after them. */
export type RowWithEvent = readonly [...EventRow, ...unknown[]];

/**
 * Turns the first `count` rows into events. The events of one append share `recorded_at`
 * (the statement's time) and come one after the other, so the last ISO text is reused.
 */
export const toRecordedEvents = (
  rows: readonly RowWithEvent[],
  count = rows.length,
): RecordedEvent[] => {
  const events = new Array<RecordedEvent>(count);
  let lastMillis = '';
  let lastRecordedAt = '';
  for (let index = 0; index < count; index++) {
    const row = rows[index] as RowWithEvent;
    const millis = row[14];
    if (millis !== lastMillis) {
      lastMillis = millis;
      lastRecordedAt = new Date(Number(millis)).toISOString();
    }
    events[index] = {
      eventId: row[2],
      type: row[5],
      schemaVersion: row[6],
      data: row[7],
      metadata: {
        tenantId: row[8],
        occurredAt: row[9],
        actor: row[10],
        reason: row[11],
        correlationId: row[12],
        causationId: row[13],
      },
      streamId: row[3],
      streamVersion: row[4],
      globalPosition: encodePosition({ transactionId: row[0], position: row[1] }),
      recordedAt: lastRecordedAt,
    };
  }
  return events;
};
