import { GlobalPosition } from '../event-store.port';

/** The command was decided and its events (possibly none) are stored. */
export interface Accepted<E, S> {
  readonly _tag: 'Accepted';
  /** The stream's version after the append: the ETag of what the caller now sees. */
  readonly version: number;
  readonly events: readonly E[];
  /** The state with the new events folded in. */
  readonly state: S;
  /** Where the last new event sits in readAll; null when nothing was appended. */
  readonly position: GlobalPosition | null;
  readonly attempts: number;
}

/** The decider refused the command: a business outcome, returned as a value. */
export interface Rejected<Err, S> {
  readonly _tag: 'Rejected';
  readonly error: Err;
  /** The version the command was decided against. */
  readonly version: number;
  readonly state: S;
  readonly attempts: number;
}

export type CommandResult<E, S, Err> = Accepted<E, S> | Rejected<Err, S>;
