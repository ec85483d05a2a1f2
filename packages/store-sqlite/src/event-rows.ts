import {
  EventDecodeFailed,
  EventMetadataToAppend,
  EventToAppend,
  GlobalPosition,
  RecordedEvent,
  streamCategory,
} from '@debiteur/eventstore';

/** The select list every read uses, so readStream and readAll return identical events. */
export const EVENT_COLUMNS = `CAST(position AS TEXT) AS global_position, event_id, stream_id,
  stream_version, type, schema_version, data, metadata, recorded_at`;

/**
 * One row as EVENT_COLUMNS shapes it, read in raw mode (an array: no object per row);
 * `data` and `metadata` are JSON text.
 */
export type EventRow = readonly [
  globalPosition: string,
  eventId: string,
  streamId: string,
  streamVersion: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  recordedAt: string,
];

/** The named parameters of the insert statement. */
export interface EventInsert {
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly category: string;
  readonly tenant_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at: string;
}

const toJson = (value: unknown, what: string): string => {
  const json: unknown = JSON.stringify(value);
  if (typeof json !== 'string') throw new TypeError(`${what} is not JSON-serialisable`);
  return json;
};

/**
 * The row for `event` at `streamVersion`. Metadata is stored with exactly the port's
 * fields, so every adapter reads back the same shape whatever extras a caller passed.
 */
export const toEventInsert = (
  streamId: string,
  streamVersion: number,
  event: EventToAppend,
  recordedAt: string,
): EventInsert => {
  const { tenantId, occurredAt, actor, reason, correlationId, causationId } = event.metadata;
  const metadata: EventMetadataToAppend = {
    tenantId,
    occurredAt,
    actor,
    reason,
    correlationId,
    causationId,
  };
  return {
    event_id: event.eventId,
    stream_id: streamId,
    stream_version: streamVersion,
    category: streamCategory(streamId),
    tenant_id: tenantId,
    type: event.type,
    schema_version: event.schemaVersion,
    data: toJson(event.data, `Data of event ${event.eventId}`),
    metadata: toJson(metadata, `Metadata of event ${event.eventId}`),
    recorded_at: recordedAt,
  };
};

/** What is wrong with a stored row: the JSON path and why (EventDecodeFailed's `errors`). */
export interface DecodeProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * A stored row whose JSON does not decode (metadata without `actor`, say: the table's
 * json_valid CHECK lets it in). Beside what EventDecodeFailed names, it carries the row's
 * event id and global position, so a reader that lists such rows (`debiteur verify`) can
 * name it and read on after it, and its message says why.
 */
export class StoredRowUnreadable extends EventDecodeFailed {
  constructor(
    streamId: string,
    streamVersion: number,
    eventType: string,
    problems: readonly DecodeProblem[],
    readonly eventId: string,
    readonly globalPosition: GlobalPosition,
  ) {
    super(streamId, streamVersion, eventType, problems);
    this.message +=
      ` (position ${globalPosition}): ` +
      problems.map(({ path, message }) => `${path} ${message}`).join('; ');
  }
}

const NOT_JSON = Symbol('not JSON');

const parseJson = (text: string, path: string, problems: DecodeProblem[]): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    problems.push({ path, message: 'not JSON' });
    return NOT_JSON;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TEXT_FIELDS = ['tenantId', 'occurredAt', 'actor', 'correlationId'] as const;
const TEXT_OR_NULL_FIELDS = ['reason', 'causationId'] as const;

/** The metadata when every field has its type; problems are pushed for each that has not. */
const decodeMetadata = (
  text: string,
  problems: DecodeProblem[],
): EventMetadataToAppend | undefined => {
  const value = parseJson(text, 'metadata', problems);
  if (value === NOT_JSON) return undefined;
  if (!isRecord(value)) {
    problems.push({ path: 'metadata', message: 'not an object' });
    return undefined;
  }
  for (const name of TEXT_FIELDS) {
    if (typeof value[name] !== 'string')
      problems.push({ path: `metadata.${name}`, message: 'not a string' });
  }
  for (const name of TEXT_OR_NULL_FIELDS) {
    const field = value[name];
    if (typeof field !== 'string' && field !== null)
      problems.push({ path: `metadata.${name}`, message: 'not a string or null' });
  }
  if (problems.length > 0) return undefined;
  // Checked field by field above; rebuilt so only the port's fields are kept.
  const metadata = value as unknown as EventMetadataToAppend;
  return {
    tenantId: metadata.tenantId,
    occurredAt: metadata.occurredAt,
    actor: metadata.actor,
    reason: metadata.reason,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
  };
};

/** How many values EVENT_COLUMNS gives a row. */
export const EVENT_COLUMN_COUNT = 9;

/**
 * The recorded event of the row whose values start at `at` in `values`: a row, or a page
 * flattened row after row (as the read-ahead thread posts it). A row whose JSON does not
 * decode is StoredRowUnreadable (an EventDecodeFailed); only that path does more work.
 */
const recordedEventAt = (values: readonly EventRow[number][], at: number): RecordedEvent => {
  const streamId = values[at + 2] as string;
  const streamVersion = values[at + 3] as number;
  const type = values[at + 4] as string;
  const problems: DecodeProblem[] = [];
  const data = parseJson(values[at + 6] as string, 'data', problems);
  const metadata = decodeMetadata(values[at + 7] as string, problems);
  if (problems.length > 0 || metadata === undefined) {
    throw new StoredRowUnreadable(
      streamId,
      streamVersion,
      type,
      problems,
      values[at + 1] as string,
      values[at] as string,
    );
  }
  return {
    eventId: values[at + 1] as string,
    type,
    schemaVersion: values[at + 5] as number,
    data,
    metadata,
    streamId,
    streamVersion,
    globalPosition: values[at] as string,
    recordedAt: values[at + 8] as string,
  };
};

/** The recorded event a row holds; a row whose JSON does not decode is EventDecodeFailed. */
export const toRecordedEvent = (row: EventRow): RecordedEvent => recordedEventAt(row, 0);

/** The recorded events of a page flattened row after row (see `recordedEventAt`). */
export const recordedEventsOf = (values: readonly EventRow[number][]): RecordedEvent[] => {
  const events: RecordedEvent[] = [];
  for (let at = 0; at < values.length; at += EVENT_COLUMN_COUNT) {
    events.push(recordedEventAt(values, at));
  }
  return events;
};
