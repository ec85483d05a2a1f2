import { decideDebtor } from './debtor.decide';
import { evolveDebtor, initialDebtorState } from './debtor.evolve';

/** The debtor stream as a decider. A debtor is never closed: it can always be corrected. */
export const debtorDecider = {
  initialState: initialDebtorState,
  evolve: evolveDebtor,
  decide: decideDebtor,
  isTerminal: (): boolean => false,
};
