import { DebtorKind } from '../debtor/debtor.events';
import { VatOnCosts } from '../dutch-rules';
import { InvoiceCommand } from '../invoice/invoice.commands';
import { Instant } from '../shared/instant';
import { NextAction, NothingToDo } from './next-action.types';

/** An action the scheduler takes: anything `nextAction` answers but Nothing. */
export type DueAction = Exclude<NextAction, NothingToDo>;

export type DueActionTag = DueAction['_tag'];

/** True for an action the scheduler can take (not Nothing), whether or not its day has come. */
export const isSchedulable = (action: NextAction): action is DueAction => action._tag !== 'Nothing';

/**
 * The invoice command that carries out a due action at `now`: the ladder's rung as a
 * reminder of that level (or the hand-over), a promise marked broken, an arrangement marked
 * defaulted. The decider still checks it: a level sent before is refused. Given the
 * debtor's kind, a hand-over charges statutory interest and, when allowed, collection
 * costs (`when-allowed`: a consumer without a valid, expired 14-day letter is handed over
 * without costs rather than not at all). `costsVat`, the tenant's VAT on collection costs,
 * goes with a final notice (its stated costs) and a hand-over.
 */
export const commandFor = (
  action: DueAction,
  now: Instant,
  debtorKind: DebtorKind | null = null,
  costsVat: VatOnCosts | null = null,
): InvoiceCommand => {
  const vat = costsVat === null ? {} : { costsVat };
  switch (action._tag) {
    case 'SendReminder':
      return {
        type: 'SendReminder',
        now,
        level: action.level,
        kind: action.kind,
        channel: action.channel,
        ...(action.kind === 'final-notice' ? vat : {}),
      };
    case 'HandOver':
      return debtorKind === null
        ? { type: 'HandOverToCollection', now }
        : { type: 'HandOverToCollection', now, debtorKind, costs: 'when-allowed', ...vat };
    case 'BreakPromise':
      return { type: 'BreakPromise', now };
    case 'DefaultArrangement':
      return { type: 'DefaultArrangement', now };
    default: {
      const _exhaustive: never = action;
      return _exhaustive;
    }
  }
};

/** Why the scheduler acted, for the event metadata's `reason`: the rule and the day it fell due. */
export const reasonFor = (action: DueAction): string => {
  switch (action._tag) {
    case 'SendReminder':
      return `ladder level ${action.level} (${action.kind}) due ${action.dueOn}, ${action.timing} timing`;
    case 'HandOver':
      return `ladder level ${action.level} (hand-over) due ${action.dueOn}`;
    case 'BreakPromise':
      return `promise of ${action.promisedDate} not kept by ${action.dueOn}`;
    case 'DefaultArrangement':
      return `installment of ${action.missedDueDate} not paid by ${action.dueOn}`;
    default: {
      const _exhaustive: never = action;
      return _exhaustive;
    }
  }
};

/**
 * Only a core fault (an action that `decide` accepts without moving the workflow on) could
 * loop; no invoice needs more than a broken promise or default and one reminder in a pass.
 */
export const MAX_ACTIONS_PER_INVOICE = 4;
