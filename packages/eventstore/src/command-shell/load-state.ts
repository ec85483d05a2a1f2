import * as E from 'fp-ts/Either';
import { Decider } from '../decider';
import { EventDecodeFailed } from '../errors';
import { EventCodec } from '../event-codec';
import { EventStore } from '../event-store.port';

export interface LoadedState<S> {
  readonly state: S;
  /** The stream's version the state was folded to; 0 for a stream that does not exist. */
  readonly version: number;
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
  for (const recorded of await store.readStream(streamId)) {
    const decoded = codec.decode(recorded);
    if (E.isLeft(decoded)) {
      throw new EventDecodeFailed(
        recorded.streamId,
        recorded.streamVersion,
        recorded.type,
        decoded.left,
      );
    }
    state = decider.evolve(state, decoded.right);
    version = recorded.streamVersion;
  }
  return { state, version };
};
