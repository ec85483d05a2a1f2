import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { decodeWith } from '../shared/decode-errors';
import { DebiteurEvent, isKnownEventType } from './debiteur-event';
import { EnvelopeDecodeError, InvalidEventMetadata } from './event-decode-error';
import { EventEnvelope, EventMetadata } from './event-envelope';
import { decodeEvent, encodeEvent } from './event-codecs';
import { EVENT_SCHEMAS } from './upcasters';

/**
 * One event as a store persists it: plain JSON values, the data in the schema version it was
 * written in, and the metadata as flat columns. `streamVersion` and `recordedAt` are assigned
 * by the store when it commits.
 */
export interface StoredEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly tenantId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
}

/** The stored form of an envelope; its data is written in the current schema version. */
export const toStoredEvent = (envelope: EventEnvelope<DebiteurEvent>): StoredEvent => {
  const { eventId, streamId, streamVersion, tenantId, occurredAt, recordedAt } = envelope.metadata;
  const { actor, reason, correlationId, causationId } = envelope.metadata;
  return {
    eventId,
    streamId,
    streamVersion,
    ...encodeEvent(envelope.event),
    tenantId,
    occurredAt,
    recordedAt,
    actor,
    reason,
    correlationId,
    causationId,
  };
};

/** The envelope's metadata fields of a stored row, as stored (not yet checked). */
const metadataFieldsOf = (stored: StoredEvent, schemaVersion: number) => ({
  eventId: stored.eventId,
  tenantId: stored.tenantId,
  streamId: stored.streamId,
  streamVersion: stored.streamVersion,
  occurredAt: stored.occurredAt,
  recordedAt: stored.recordedAt,
  actor: stored.actor,
  reason: stored.reason,
  correlationId: stored.correlationId,
  causationId: stored.causationId,
  schemaVersion,
});

const metadataOf = (
  stored: StoredEvent,
  schemaVersion: number,
): E.Either<InvalidEventMetadata, EventMetadata> =>
  pipe(
    decodeWith(EventMetadata)(metadataFieldsOf(stored, schemaVersion)),
    E.mapLeft((problems) => ({ _tag: 'InvalidEventMetadata', eventId: stored.eventId, problems })),
  );

/**
 * Reads a stored row back as an envelope: the event upcast to its current schema (so
 * `metadata.schemaVersion` is the current version, whatever was stored) and the metadata
 * checked (ids, instants).
 */
export const decodeEnvelope = (
  stored: StoredEvent,
): E.Either<EnvelopeDecodeError, EventEnvelope<DebiteurEvent>> =>
  pipe(
    decodeEvent(stored),
    E.chainW((event) =>
      pipe(
        metadataOf(stored, EVENT_SCHEMAS[event.type].current),
        E.map((metadata) => ({ event, metadata })),
      ),
    ),
  );

/**
 * Reads a row of a store the system itself wrote, trusting what was checked on the way in
 * (the command shell appends only events the deciders made, `debiteur import` decodes every
 * event before it appends): a row in its type's current schema is taken as it is, without
 * checking each field again; an older or unknown row goes through `decodeEnvelope`. For bulk
 * reads such as a replay of millions of events; `debiteur verify` checks every row in full.
 * See docs/adr/0012.
 */
export const decodeTrustedEnvelope = (
  stored: StoredEvent,
): E.Either<EnvelopeDecodeError, EventEnvelope<DebiteurEvent>> => {
  const { type, schemaVersion, data } = stored;
  const current = isKnownEventType(type) && EVENT_SCHEMAS[type].current === schemaVersion;
  if (!current || typeof data !== 'object' || data === null) return decodeEnvelope(stored);
  return E.right({
    event: { type, data } as DebiteurEvent,
    // Trusted: the brands (ids, instants) were checked when the row was written.
    metadata: metadataFieldsOf(stored, schemaVersion) as EventMetadata,
  });
};

/** The inverse of `toStoredEvent`, upcasting old rows: the same as `decodeEnvelope`. */
export const fromStoredEvent = decodeEnvelope;
