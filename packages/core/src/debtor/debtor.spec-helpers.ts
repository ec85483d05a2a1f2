import * as E from 'fp-ts/Either';
import { DebtorId, debtorId } from '../shared/ids';
import { Instant, instant } from '../shared/instant';
import { NonEmptyText } from '../shared/text';
import { DebtorCommand } from './debtor.commands';
import { decideDebtor } from './debtor.decide';
import { DebtorError, DebtorErrorTag } from './debtor.errors';
import { DebtorEvent } from './debtor.events';
import { evolveDebtor, initialDebtorState } from './debtor.evolve';
import { DebtorState } from './debtor.state';

/** Test values are built through the smart constructors and codecs; a bad literal fails the test. */
const valid = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`invalid test value: ${JSON.stringify(either.left)}`);
  return either.right;
};

export const text = (s: string): NonEmptyText => valid(NonEmptyText.decode(s));
export const id = (s: string): DebtorId => valid(debtorId(s));

export const NOW: Instant = valid(instant('2026-03-02T09:30:00+01:00'));
export const DEBTOR_ID = id('debtor-42');

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
