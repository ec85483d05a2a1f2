import * as E from 'fp-ts/Either';
import { Instant } from '../shared/instant';
import { debtor, instantOf, text } from '../shared/test-values.spec-helpers';
import { DebtorCommand } from './debtor.commands';
import { decideDebtor } from './debtor.decide';
import { DebtorError, DebtorErrorTag } from './debtor.errors';
import { DebtorEvent } from './debtor.events';
import { evolveDebtor, initialDebtorState } from './debtor.evolve';
import { DebtorState } from './debtor.state';

export { debtor as id, text } from '../shared/test-values.spec-helpers';

export const NOW: Instant = instantOf('2026-03-02T09:30:00+01:00');
export const DEBTOR_ID = debtor('debtor-42');

export const registered = (
  data: Partial<Extract<DebtorEvent, { type: 'DebtorRegistered' }>['data']> = {},
): DebtorEvent => ({
  type: 'DebtorRegistered',
  data: { debtorId: DEBTOR_ID, name: text('Bakkerij De Vries B.V.'), kind: 'business', ...data },
});

export const folded = (history: readonly DebtorEvent[]): DebtorState =>
  history.reduce(evolveDebtor, initialDebtorState);

/** Given events / when command / then events or a rejection's `_tag`. */
export const given = (...history: readonly DebtorEvent[]) => {
  const state = folded(history);
  return {
    state,
    when: (command: DebtorCommand) => {
      const decision = decideDebtor(command, state);
      return {
        decision,
        thenEmits: (...expected: readonly DebtorEvent[]) =>
          expect(decision).toStrictEqual(E.right(expected)),
        thenEmitsNothing: () => expect(decision).toStrictEqual(E.right([])),
        thenRejects: (tag: DebtorErrorTag) =>
          expect(E.isLeft(decision) ? decision.left._tag : 'accepted').toBe(tag),
        rejection: (): DebtorError | null => (E.isLeft(decision) ? decision.left : null),
      };
    },
  };
};
