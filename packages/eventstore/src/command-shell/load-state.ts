import { Decider } from '../decider';
import { decodedOrThrow } from '../decoded-or-throw';
import { EventCodec } from '../event-codec';
import { EventStore } from '../event-store.port';

export interface LoadedState<S> {
  readonly state: S;
  /** The stream's version the state was folded to; 0 for a stream that does not exist. */
  readonly version: number;
  /** The id of the stream's newest event; null for a stream that does not exist. */
  readonly lastEventId: string | null;
}

/**
 * Folds a stream into its decider's state. An event the codec cannot decode throws
 * EventDecodeFailed: stored history that cannot be read is a data fault, not a rejection.
 */
export const loadState = async <E, S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, E, S, unknown>, 'initialState' | 'evolve'>,
  codec: Pick<EventCodec<E>, 'decode'>,
): Promise<LoadedState<S>> => {
  let state = decider.initialState;
  let version = 0;
  let lastEventId: string | null = null;
  for (const recorded of await store.readStream(streamId)) {
    state = decider.evolve(state, decodedOrThrow(recorded, codec.decode(recorded)));
    version = recorded.streamVersion;
    lastEventId = recorded.eventId;
  }
  return { state, version, lastEventId };
};
