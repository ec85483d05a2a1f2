import * as E from 'fp-ts/Either';
import { EventId, TenantId } from '../shared/ids';
import { Instant } from '../shared/instant';
import { DebiteurEvent } from './debiteur-event';
import { encodeEvent } from './event-codecs';
import { StoredEvent } from './stored-event';

/**
 * Who issued a command, when and why, and the ids its events will get. The shell builds it
 * (from the request, the clock and an id generator); the core only copies it onto events.
 */
export interface CommandContext {
  readonly tenantId: TenantId;
  readonly actor: string;
  readonly reason: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** Business time of the command: every event it produces happened at this instant. */
  readonly occurredAt: Instant;
  /** One id per event the command may produce, used in order; extra ids go unused. */
  readonly eventIds: readonly EventId[];
}

/** An event ready to append: what the store persists, less what the store assigns. */
export type EventToStore = Omit<StoredEvent, 'streamVersion' | 'recordedAt'>;

/** The command produced more events than it was given ids for. */
export interface NotEnoughEventIds {
  readonly _tag: 'NotEnoughEventIds';
  readonly needed: number;
  readonly given: number;
}

/** The same id was given twice: the store would take the second event for a retry. */
export interface DuplicateEventId {
  readonly _tag: 'DuplicateEventId';
  readonly eventId: EventId;
}

export type EventIdsError = NotEnoughEventIds | DuplicateEventId;

/**
 * The records to append for the events one command decided: each encoded in its current
 * schema version and stamped with the command's context and the next unused event id.
 */
export const eventsToStore = (
  streamId: string,
  events: readonly DebiteurEvent[],
  context: CommandContext,
): E.Either<EventIdsError, readonly EventToStore[]> => {
  const ids = context.eventIds.slice(0, events.length);
  if (ids.length < events.length) {
    return E.left({
      _tag: 'NotEnoughEventIds',
      needed: events.length,
      given: context.eventIds.length,
    });
  }
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) return E.left({ _tag: 'DuplicateEventId', eventId: duplicate });
  const { tenantId, occurredAt, actor, reason, correlationId, causationId } = context;
  return E.right(
    events.flatMap((event, i) => {
      const eventId = ids[i];
      return eventId === undefined
        ? []
        : [
            {
              eventId,
              streamId,
              ...encodeEvent(event),
              tenantId,
              occurredAt,
              actor,
              reason,
              correlationId,
              causationId,
            },
          ];
    }),
  );
};
