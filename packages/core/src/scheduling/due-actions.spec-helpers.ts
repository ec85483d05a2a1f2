import { EventEnvelope } from '../envelope/event-envelope';
import { invoiceStreamId } from '../envelope/stream-id';
import { dutchDefaultPolicy } from '../policy/reminder-ladder';
import { foldProjection } from '../projections/projection';
import { ReminderPolicy } from '../policy/policy.events';
import { debtorCommand, invoiceCommand } from '../stories/story-commands.spec-helpers';
import { accepted, invoice } from '../stories/story-values.spec-helpers';
import { StoryWorld } from '../stories/story-world.spec-helpers';
import { DebiteurEvent } from '../envelope/debiteur-event';
import { CalendarDate } from '../shared/calendar-date';
import { dueActionsProjection } from './due-actions.projection';
import { dueOnOf } from './due-actions.queries';
import { DueActionsState } from './due-actions.state';
import { trieGet } from '../shared/hash-trie';

export const TENANT = 'bakkerij-de-vries';
export const DEBTOR = 'hotel-de-zwaan';

/** A world on Monday 2 March 2026 with one registered business debtor. */
export const worldWithDebtor = (kind: 'business' | 'consumer' = 'business'): StoryWorld => {
  const world = StoryWorld.of(TENANT, '2026-03-02T08:00:00+01:00');
  accepted(
    world
      .debtor(DEBTOR)
      .execute(debtorCommand.register({ debtorId: DEBTOR, name: 'Hotel De Zwaan', kind })),
  );
  return world;
};

/** Issues an invoice of €121.00 to the debtor on `issueDate` (today by default), 14 days. */
export const issue = (world: StoryWorld, id: string, issueDate: string = world.today): void => {
  accepted(
    world.invoice(id).execute(
      invoiceCommand.issue({
        invoiceId: id,
        debtorId: DEBTOR,
        number: id,
        issueDate,
        termDays: 14,
        cents: 12100,
        description: 'Broodleveringen',
      }),
    ),
  );
};

/** The due actions folded from every event of the world. */
export const dueActionsOf = (world: StoryWorld): DueActionsState =>
  foldProjection(dueActionsProjection, world.events());

export const folded = (events: readonly EventEnvelope<DebiteurEvent>[]): DueActionsState =>
  foldProjection(dueActionsProjection, events);

/** When the read model has the invoice's next action fall due. */
export const dueOn = (world: StoryWorld, id: string): CalendarDate | null =>
  dueOnOf(dueActionsOf(world), world.tenantId, invoiceStreamId(world.tenantId, invoice(id)));

/** The due action's tag the read model holds for the invoice. */
export const actionOf = (world: StoryWorld, id: string): string | null => {
  const tenant = dueActionsOf(world).tenants[world.tenantId];
  const key = invoiceStreamId(world.tenantId, invoice(id));
  return tenant === undefined ? null : (trieGet(tenant.invoices, key)?.action ?? null);
};

/** The Dutch default policy with other settings. */
export const policyWith = (changes: Partial<ReminderPolicy>): ReminderPolicy => ({
  ...dutchDefaultPolicy,
  ...changes,
});
