import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';

/**
 * A projection is a pure left fold over recorded events: an initial state and a step.
 * Reports that depend on "today" are separate functions of the folded state, so the same
 * state serves any look-back date.
 */
export interface Projection<S, E extends DomainEvent = DomainEvent> {
  readonly name: string;
  readonly initialState: S;
  readonly apply: (state: S, envelope: EventEnvelope<E>) => S;
}

/** Folds events into a projection's state, starting from `from` (default: its initial state). */
export const foldProjection = <S, E extends DomainEvent>(
  projection: Projection<S, E>,
  envelopes: Iterable<EventEnvelope<E>>,
  from: S = projection.initialState,
): S => {
  let state = from;
  for (const envelope of envelopes) state = projection.apply(state, envelope);
  return state;
};
