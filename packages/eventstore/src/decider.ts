import { Either } from 'fp-ts/Either';

/**
 * A stream type as a decider: fold its events into a state, decide a command against that
 * state. The core's deciders (invoice, debtor) satisfy it structurally; rejections are
 * values (`Left`), accepted commands yield the events to append (possibly none).
 */
export interface Decider<C, E, S, Err> {
  readonly initialState: S;
  readonly evolve: (state: S, event: E) => S;
  readonly decide: (command: C, state: S) => Either<Err, readonly E[]>;
  readonly isTerminal: (state: S) => boolean;
}
