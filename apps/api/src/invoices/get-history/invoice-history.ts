import { decodeRecordedEvent, RecordedEvent } from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';

/** One event of an invoice's history, with the core's event type name. */
export interface HistoryEvent {
  readonly type: string;
  readonly version: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: unknown;
}

/** The event with its data upcast to the current schema (as stored when it cannot be read). */
export const historyEventOf = (recorded: RecordedEvent): HistoryEvent => {
  const decoded = decodeRecordedEvent(recorded);
  return {
    type: recorded.type,
    version: recorded.streamVersion,
    occurredAt: recorded.metadata.occurredAt,
    recordedAt: recorded.recordedAt,
    actor: recorded.metadata.actor,
    reason: recorded.metadata.reason,
    correlationId: recorded.metadata.correlationId,
    causationId: recorded.metadata.causationId,
    data: E.isRight(decoded) ? decoded.right.event.data : recorded.data,
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
