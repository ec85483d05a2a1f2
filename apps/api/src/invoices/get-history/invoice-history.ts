import { decodeEnvelope, StoredEvent } from '@debiteur/core';
import { RecordedEvent, toCoreStoredEvent } from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';

/**
 * One event of an invoice's history: the core's stored form of it, with the stream version
 * as `version` and without the ids, tenant and schema version.
 */
export type HistoryEvent = Omit<
  StoredEvent,
  'eventId' | 'streamId' | 'streamVersion' | 'tenantId' | 'schemaVersion'
> & { readonly version: number };

/** The event with its data upcast to the current schema (as stored when it cannot be read). */
export const historyEventOf = (recorded: RecordedEvent): HistoryEvent => {
  const stored = toCoreStoredEvent(recorded);
  const decoded = decodeEnvelope(stored);
  const { type, occurredAt, recordedAt, actor, reason, correlationId, causationId } = stored;
  return {
    type,
    version: stored.streamVersion,
    occurredAt,
    recordedAt,
    actor,
    reason,
    correlationId,
    causationId,
    data: E.isRight(decoded) ? decoded.right.event.data : stored.data,
  };
};

/**
 * The events the store had recorded by `asOf` (recordedAt ≤ asOf, compared as instants):
 * the case as anyone could have seen it then. Business time (`occurredAt`) does not count:
 * a payment booked today with last week's date was not in the books last week.
 */
export const recordedBy = (
  events: readonly RecordedEvent[],
  asOf: string | null,
): readonly RecordedEvent[] => {
  if (asOf === null) return events;
  const cutoff = Date.parse(asOf);
  return events.filter((event) => Date.parse(event.recordedAt) <= cutoff);
};
