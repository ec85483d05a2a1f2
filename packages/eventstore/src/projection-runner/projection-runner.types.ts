import { Either } from 'fp-ts/Either';
import { EventStore, GlobalPosition, ReadAllFilter, RecordedEvent } from '../event-store.port';
import { ProjectionStore } from '../projection-store.port';

/** A pure fold; the core's `Projection<S, E>` fits with `X = EventEnvelope<E>`. */
export interface RunnerProjection<S, X> {
  readonly name: string;
  readonly initialState: S;
  readonly apply: (state: S, event: X) => S;
}

/** Turns the state into JSON and back; an io-ts `Type<S, unknown>` fits. */
export interface StateCodec<S> {
  readonly encode: (state: S) => unknown;
  readonly decode: (json: unknown) => Either<unknown, S>;
}

export interface ProjectionRunnerOptions<S, X> {
  readonly events: EventStore;
  readonly projections: ProjectionStore;
  readonly projection: RunnerProjection<S, X>;
  /**
   * What the projection sees of a recorded event: `Right(null)` passes over an event
   * (its position still counts as processed), `Left` is a data fault.
   */
  readonly decode: (recorded: RecordedEvent) => Either<unknown, X | null>;
  readonly stateCodec: StateCodec<S>;
  /** Read only these events from the store. */
  readonly filter?: ReadAllFilter;
  /** Commit state and checkpoint after this many events (and at the end of a run). Default 100. */
  readonly commitEvery?: number;
  /** Page size for `readAll`. */
  readonly batchSize?: number;
}

export interface RunResult {
  /** Events read in this run, passed-over ones included. */
  readonly processed: number;
  /** The checkpoint after the run; null when the projection has seen no event yet. */
  readonly checkpoint: GlobalPosition | null;
}

/** How far a projection trails the store, as far as can be measured honestly. */
export interface ProjectionLag {
  readonly checkpoint: GlobalPosition | null;
  /** The newest position in the whole store (unfiltered). */
  readonly head: GlobalPosition | null;
  /** Events after the checkpoint that a run would read, counted up to a limit. */
  readonly pending: number;
  /** True when counting stopped at the limit: at least `pending` events wait. */
  readonly pendingCapped: boolean;
  readonly caughtUp: boolean;
}
