import {
  DebiteurEvent,
  EnvelopeDecodeError,
  EventEnvelope,
  StoredEvent,
  decodeEnvelope,
  decodeTrustedEnvelope,
} from '@debiteur/core';
import { Either } from 'fp-ts/Either';
import { RecordedEvent } from '../event-store.port';

/** The core's flat stored form of an event the store recorded with nested metadata. */
export const toCoreStoredEvent = (recorded: RecordedEvent): StoredEvent => ({
  eventId: recorded.eventId,
  streamId: recorded.streamId,
  streamVersion: recorded.streamVersion,
  type: recorded.type,
  schemaVersion: recorded.schemaVersion,
  data: recorded.data,
  tenantId: recorded.metadata.tenantId,
  occurredAt: recorded.metadata.occurredAt,
  recordedAt: recorded.recordedAt,
  actor: recorded.metadata.actor,
  reason: recorded.metadata.reason,
  correlationId: recorded.metadata.correlationId,
  causationId: recorded.metadata.causationId,
});

/**
 * Reads a recorded event back as the core's envelope: upcast to the current schema version
 * and checked, so projections and timelines see only valid, current events.
 */
export const decodeRecordedEvent = (
  recorded: RecordedEvent,
): Either<EnvelopeDecodeError, EventEnvelope<DebiteurEvent>> =>
  decodeEnvelope(toCoreStoredEvent(recorded));

/**
 * Reads a recorded event of a store the system wrote, trusting rows in the current schema
 * (see `decodeTrustedEnvelope`): for bulk reads such as `debiteur replay` over a store.
 */
export const decodeTrustedRecordedEvent = (
  recorded: RecordedEvent,
): Either<EnvelopeDecodeError, EventEnvelope<DebiteurEvent>> =>
  decodeTrustedEnvelope(toCoreStoredEvent(recorded));
