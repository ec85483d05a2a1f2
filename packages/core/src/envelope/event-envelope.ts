import * as t from 'io-ts';
import { EventId, TenantId } from '../shared/ids';
import { Instant } from '../shared/instant';

/** What every event carries besides its data: who, when, why, and what caused it. */
export const EventMetadata = t.readonly(
  t.strict({
    eventId: EventId,
    tenantId: TenantId,
    /** The stream the event belongs to, e.g. `invoice:acme:INV-1`. */
    streamId: t.string,
    /** The stream's version after this event: 1 for the first event. */
    streamVersion: t.number,
    /** Business time: when it happened in the world. */
    occurredAt: Instant,
    /** Store time: when the store committed it. Look-backs ("as of") filter on this. */
    recordedAt: Instant,
    /** Who did it: a collector's name, `scheduler`, `accounting-sync`, `import`. */
    actor: t.string,
    /** Why, in the words of whoever did it; null when nothing was said. */
    reason: t.union([t.string, t.null]),
    correlationId: t.string,
    causationId: t.union([t.string, t.null]),
    /** The schema version of `data` as it is now, after upcasting. */
    schemaVersion: t.number,
  }),
  'EventMetadata',
);
export type EventMetadata = t.TypeOf<typeof EventMetadata>;

/** A domain event: a past-tense type name and its data. */
export interface DomainEvent {
  readonly type: string;
  readonly data: unknown;
}

/** An event as read back from a stream: the domain event plus its metadata. */
export interface EventEnvelope<E extends DomainEvent = DomainEvent> {
  readonly event: E;
  readonly metadata: EventMetadata;
}
