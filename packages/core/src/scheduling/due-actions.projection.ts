import { DebiteurEvent } from '../envelope/debiteur-event';
import { Projection } from '../projections/projection';
import { applyToDueActions } from './due-actions.evolve';
import { DueActionsState, initialDueActionsState } from './due-actions.state';

/**
 * The due-actions read model: for every watched invoice of every tenant, the business day
 * its next action (`nextAction`) falls due. The reminder saga catches it up before a pass
 * and takes the invoices due by the pass's date; it reads invoice, debtor and tenant streams.
 */
export const dueActionsProjection: Projection<DueActionsState, DebiteurEvent> = {
  name: 'due-actions',
  initialState: initialDueActionsState,
  apply: applyToDueActions,
};
