import {
  EventDecodeFailed,
  EventMetadataToAppend,
  EventToAppend,
  keptRecordedAt,
  RecordedEvent,
  StoreUnavailable,
} from '@debiteur/eventstore';
import { EsdbEventToWrite, EsdbRecordedEvent } from './esdb-client.port';
import { esdbEventId } from './esdb-event-id';
import { versionAfter } from './expected-version';
import { encodePosition } from './global-position';

/** What the adapter keeps in an event's EventStoreDB metadata besides the data. */
interface StoredMetadata extends EventMetadataToAppend {
  readonly eventId: string;
  readonly schemaVersion: number;
  /** An imported event's `recordedAt` in its source store (docs/adr/0027). */
  readonly originallyRecordedAt?: string;
}

/**
 * The event as EventStoreDB stores it: the data as JSON, everything else in the metadata.
 * `$correlationId` is EventStoreDB's own key, so its `$by_correlation_id` projection works.
 */
export const toEsdbEvent = (event: EventToAppend): EsdbEventToWrite => {
  const kept = keptRecordedAt(event);
  const metadata: StoredMetadata = {
    eventId: event.eventId,
    schemaVersion: event.schemaVersion,
    tenantId: event.metadata.tenantId,
    occurredAt: event.metadata.occurredAt,
    actor: event.metadata.actor,
    reason: event.metadata.reason,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    ...(kept === undefined ? {} : { originallyRecordedAt: kept }),
  };
  return {
    id: esdbEventId(event.eventId),
    type: event.type,
    data: event.data,
    metadata: { ...metadata, $correlationId: event.metadata.correlationId },
  };
};

type Decoded =
  | { readonly ok: true; readonly value: StoredMetadata }
  | { readonly ok: false; readonly problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the adapter's metadata back, listing every field that is missing or mistyped. */
export const decodeMetadata = (raw: unknown): Decoded => {
  if (!isRecord(raw)) return { ok: false, problems: ['metadata is not a JSON object'] };
  const problems: string[] = [];
  const text = (key: string): string => {
    const value = raw[key];
    if (typeof value === 'string') return value;
    problems.push(`metadata.${key} is not a string`);
    return '';
  };
  const textOrNull = (key: string): string | null => (raw[key] === null ? null : text(key));
  const schemaVersion = raw['schemaVersion'];
  if (!Number.isSafeInteger(schemaVersion))
    problems.push('metadata.schemaVersion is not an integer');
  const value: StoredMetadata = {
    eventId: text('eventId'),
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 0,
    tenantId: text('tenantId'),
    occurredAt: text('occurredAt'),
    actor: text('actor'),
    reason: textOrNull('reason'),
    correlationId: text('correlationId'),
    causationId: textOrNull('causationId'),
    ...(typeof raw['originallyRecordedAt'] === 'string'
      ? { originallyRecordedAt: raw['originallyRecordedAt'] }
      : {}),
  };
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
};

/**
 * The port's view of an event read back: versions count from 1, the position is encoded,
 * and `recordedAt` is the server's creation time, or for an imported event the instant its
 * source store recorded it (the server's own cannot be set). An event the adapter did not
 * write (no JSON, no Debiteur metadata) is a data fault: EventDecodeFailed.
 */
export const toRecordedEvent = (streamId: string, event: EsdbRecordedEvent): RecordedEvent => {
  const streamVersion = versionAfter(event.revision);
  if (event.position === null) {
    throw new StoreUnavailable(
      'EventStoreDB 22.10 or newer is needed: stream reads carry no position',
    );
  }
  const metadata = decodeMetadata(event.metadata);
  if (!event.isJson || !metadata.ok) {
    const problems = event.isJson ? [] : ['data is not JSON'];
    throw new EventDecodeFailed(streamId, streamVersion, event.type, [
      ...problems,
      ...(metadata.ok ? [] : metadata.problems),
    ]);
  }
  const { eventId, schemaVersion, originallyRecordedAt, ...rest } = metadata.value;
  return {
    eventId,
    type: event.type,
    schemaVersion,
    data: event.data,
    metadata: rest,
    streamId,
    streamVersion,
    globalPosition: encodePosition(event.position),
    recordedAt: originallyRecordedAt ?? event.created.toISOString(),
  };
};
