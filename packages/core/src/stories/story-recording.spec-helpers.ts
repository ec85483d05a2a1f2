import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import {
  CommandContext,
  DebiteurEvent,
  decodeEnvelope,
  eventsToStore,
  StoredEvent,
} from '../envelope';
import { EventEnvelope, eventId, EventId, Instant } from '../index';
import { valid } from './story-values.spec-helpers';

/**
 * Who issued a command and why, as a story tells it. Business time and store time default
 * to the world's clock; an import says when the imported fact happened (`occurredAt`, also
 * the `now` the command is decided at) or when it was committed (`recordedAt`).
 */
export interface Said {
  readonly actor?: string;
  readonly reason?: string;
  readonly occurredAt?: Instant;
  readonly recordedAt?: Instant;
  readonly correlationId?: string;
  readonly causationId?: string;
}

/** What the store would be asked to commit for one command. */
export interface Commit {
  readonly streamId: string;
  /** The stream's version before the command: 0 for a new stream. */
  readonly version: number;
  readonly events: readonly DebiteurEvent[];
  readonly context: Omit<CommandContext, 'eventIds'>;
  readonly recordedAt: Instant;
  readonly firstEventNumber: number;
}

export const eventIdFor = (n: number): EventId =>
  valid(eventId(`evt-${String(n).padStart(6, '0')}`));

/**
 * Records one command's events as a store would: the command context is copied onto each
 * event (`eventsToStore`), the store adds version and commit time, and every event is read
 * back through the versioned codecs (`decodeEnvelope`), so a story sees what a reader of the
 * store sees. A fault here is a broken story or core, never a business outcome: it throws.
 */
export const commit = (c: Commit): readonly EventEnvelope<DebiteurEvent>[] => {
  const eventIds = c.events.map((_, i) => eventIdFor(c.firstEventNumber + i));
  return pipe(
    eventsToStore(c.streamId, c.events, { ...c.context, eventIds }),
    E.getOrElseW((error) => {
      throw new Error(`cannot store events: ${JSON.stringify(error)}`);
    }),
  ).map((toStore, i): EventEnvelope<DebiteurEvent> => {
    const stored: StoredEvent = {
      ...toStore,
      streamVersion: c.version + i + 1,
      recordedAt: c.recordedAt,
    };
    return pipe(
      decodeEnvelope(stored),
      E.getOrElseW((error) => {
        throw new Error(`cannot read back ${stored.type}: ${JSON.stringify(error)}`);
      }),
    );
  });
};
