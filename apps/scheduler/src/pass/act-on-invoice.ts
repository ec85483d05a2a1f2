import { runInvoiceCommand } from '@debiteur/application';
import {
  collectionCostsVatOf,
  commandFor,
  debtorKindOf,
  DueActionsState,
  DueInvoiceRef,
  Instant,
  isSchedulable,
  MAX_ACTIONS_PER_INVOICE,
  nextActionFor,
  reasonFor,
  schedulingContextOf,
} from '@debiteur/core';
import { EventStore, ExpectedVersionConflict } from '@debiteur/eventstore';
import { randomUUID } from 'node:crypto';
import { LoadedInvoice, loadInvoice } from './load-invoice';
import { emptyTally, InvoiceTally } from './pass-tally';

/** Enough for two schedulers taking turns on one invoice; more means something is amiss. */
const MAX_CONFLICTS_PER_INVOICE = 10;

export interface InvoiceTurn {
  readonly events: EventStore;
  /** The read model as caught up at the start of the pass: debtor, policy, habit. */
  readonly schedule: DueActionsState;
  readonly asOf: Instant;
  readonly actor: string;
  readonly correlationId: string;
  /** Called after each accepted command (for logs, and for tests that kill mid-pass). */
  readonly onActed?: (ref: DueInvoiceRef, action: string, version: number) => void;
}

/**
 * Brings one invoice up to date as of the pass's instant. The next action is computed from
 * the invoice's state (with its debtor, the policy and the debtor's habit from the read
 * model) and its command is decided on that same state and appended at exactly the version
 * it was folded to (`known`): the read model folds the stream with the invoice's own
 * decider, so the stream need not be loaded again. When another writer (a second
 * scheduler, a collector) moved the stream since, the append is refused with a conflict,
 * and the invoice is loaded from its stream and decided again; if that writer sent the reminder, the level rule makes the next
 * action a later one, not yet due. Repeats while an action is due, so a broken promise is
 * followed by the reminder it held back.
 */
export const actOnInvoice = async (
  turn: InvoiceTurn,
  ref: DueInvoiceRef,
): Promise<InvoiceTally> => {
  let tally = emptyTally;
  const context = schedulingContextOf(turn.schedule, ref.tenantId, ref.debtorId);
  let current: LoadedInvoice = {
    state: ref.state,
    version: ref.version,
    lastEventId: ref.lastEventId,
  };
  for (let actions = 0; actions < MAX_ACTIONS_PER_INVOICE;) {
    const action = nextActionFor(current.state, context, turn.asOf);
    if (!isSchedulable(action) || !action.isDue) break;
    let newest: string | null = null;
    try {
      const result = await runInvoiceCommand(
        turn.events,
        {
          tenantId: ref.tenantId,
          actor: turn.actor,
          reason: reasonFor(action),
          correlationId: turn.correlationId,
          causationId: current.lastEventId,
        },
        ref.invoiceId,
        commandFor(action, turn.asOf, debtorKindOf(context), collectionCostsVatOf(context.policy)),
        { known: current, newEventId: () => (newest = randomUUID()) },
      );
      if (result._tag === 'Rejected') return { ...tally, refused: tally.refused + 1 };
      tally = {
        ...tally,
        acted: tally.acted + 1,
        byAction: { ...tally.byAction, [action._tag]: tally.byAction[action._tag] + 1 },
      };
      turn.onActed?.(ref, action._tag, result.version);
      if (result.events.length === 0) break;
      current = {
        state: result.state,
        version: result.version,
        lastEventId: newest ?? current.lastEventId,
      };
      actions += 1;
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflict)) throw error;
      if (tally.conflicts >= MAX_CONFLICTS_PER_INVOICE) throw error;
      tally = { ...tally, conflicts: tally.conflicts + 1 };
      current = await loadInvoice(turn.events, ref.streamId);
    }
  }
  return tally;
};
