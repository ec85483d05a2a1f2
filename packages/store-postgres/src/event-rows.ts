import { RecordedEvent } from '@debiteur/eventstore';
import { encodePosition } from './global-position';

/**
 * The select list that every read uses, so readStream and readAll return identical events.
 * The text forms get their own names: an ORDER BY on `transaction_id` or `position` must
 * keep meaning the numeric columns, not their decimal strings.
 */
export const EVENT_COLUMNS = `
  transaction_id::text AS transaction_text,
  position::text AS position_text,
  event_id, stream_id, stream_version, type, schema_version, data,
  tenant_id, occurred_at, actor, reason, correlation_id, causation_id,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at`;

/** One row as EVENT_COLUMNS shapes it (jsonb arrives parsed, integers as numbers). */
export interface EventRow {
  readonly transaction_text: string;
  readonly position_text: string;
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly tenant_id: string;
  readonly occurred_at: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly correlation_id: string;
  readonly causation_id: string | null;
  readonly recorded_at: string;
}

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  eventId: row.event_id,
  type: row.type,
  schemaVersion: row.schema_version,
  data: row.data,
  metadata: {
    tenantId: row.tenant_id,
    occurredAt: row.occurred_at,
    actor: row.actor,
    reason: row.reason,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
  },
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  globalPosition: encodePosition({
    transactionId: row.transaction_text,
    position: row.position_text,
  }),
  recordedAt: row.recorded_at,
});
