import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { Decider } from '../decider';
import { EventCodec } from '../event-codec';
import { EventMetadataToAppend } from '../event-store.port';

/** A tiny decider for the shell's own tests: a counter that refuses to pass its limit. */
export const CounterEvent = t.union([
  t.strict({ type: t.literal('Incremented'), data: t.strict({ by: t.number }) }),
  t.strict({ type: t.literal('Reset'), data: t.strict({}) }),
]);
export type CounterEvent = t.TypeOf<typeof CounterEvent>;

export type CounterCommand =
  { readonly type: 'Increment'; readonly by: number } | { readonly type: 'Reset' };
export interface CounterState {
  readonly count: number;
}
export interface LimitReached {
  readonly _tag: 'LimitReached';
  readonly count: number;
}

export const COUNTER_LIMIT = 1000;

export const counterDecider: Decider<CounterCommand, CounterEvent, CounterState, LimitReached> = {
  initialState: { count: 0 },
  evolve: (state, event) => {
    switch (event.type) {
      case 'Incremented':
        return { count: state.count + event.data.by };
      case 'Reset':
        return { count: 0 };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'Increment':
        return state.count + command.by > COUNTER_LIMIT
          ? E.left({ _tag: 'LimitReached', count: state.count })
          : E.right([{ type: 'Incremented', data: { by: command.by } }]);
      case 'Reset':
        return E.right(state.count === 0 ? [] : [{ type: 'Reset', data: {} }]);
    }
  },
  isTerminal: (state) => state.count >= COUNTER_LIMIT,
};

export const counterCodec: EventCodec<CounterEvent> = {
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data }),
  decode: (recorded) => CounterEvent.decode({ type: recorded.type, data: recorded.data }),
};

export const counterContext = (tenantId: string): EventMetadataToAppend => ({
  tenantId,
  occurredAt: '2024-05-01T12:00:00.000+02:00',
  actor: 'counter-test',
  reason: null,
  correlationId: 'correlation-counter',
  causationId: null,
});
