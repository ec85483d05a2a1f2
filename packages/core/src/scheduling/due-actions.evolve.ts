import { DebtorEvent } from '../debtor/debtor.events';
import { evolveDebtor } from '../debtor/debtor.evolve';
import { DebtorState } from '../debtor/debtor.state';
import {
  DebiteurEvent,
  isDebtorEvent,
  isInvoiceEvent,
  isTenantEvent,
} from '../envelope/debiteur-event';
import { EventEnvelope, EventMetadata } from '../envelope/event-envelope';
import { categoryOf, debtorStreamId } from '../envelope/stream-id';
import {
  evolve as evolveInvoice,
  initialState as initialInvoiceState,
} from '../invoice/invoice.evolve';
import { InvoiceEvent } from '../invoice/invoice.events';
import { hadDemandLetter } from '../invoice/invoice.queries';
import { IssuedInvoice } from '../invoice/invoice.state';
import { TenantEvent } from '../policy/policy.events';
import { initialTenantPolicyState } from '../policy/tenant-policy.state';
import { daysBetween } from '../shared/calendar-date';
import { TenantId } from '../shared/ids';
import { contextOf, scheduleOf, unknownDebtor } from './due-actions.schedule';
import { DebtorSchedule, DueActionsState, TenantSchedule } from './due-actions.state';
import { emptyTrie, trieGet, trieMap, trieRemove, trieSet } from '../shared/hash-trie';

const newTenant = (tenantId: TenantId): TenantSchedule => ({
  tenantId,
  policy: initialTenantPolicyState.policy,
  policyVersion: 0,
  invoices: emptyTrie,
  debtors: emptyTrie,
});

const debtorOf = (tenant: TenantSchedule, debtorKey: string): DebtorSchedule =>
  trieGet(tenant.debtors, debtorKey) ?? unknownDebtor;

const debtorKeyOf = (tenant: TenantSchedule, invoice: IssuedInvoice): string =>
  debtorStreamId(tenant.tenantId, invoice.debtorId);

/** Every watched invoice of one debtor scheduled again: its debtor or its habit changed. */
const rescheduleDebtor = (tenant: TenantSchedule, debtorKey: string): TenantSchedule => {
  const debtor = debtorOf(tenant, debtorKey);
  const context = contextOf(tenant.policy, debtor);
  let invoices = tenant.invoices;
  for (const key of debtor.invoices) {
    const entry = trieGet(invoices, key);
    if (entry !== undefined)
      invoices = trieSet(invoices, key, { ...entry, ...scheduleOf(entry.state, context) });
  }
  return { ...tenant, invoices };
};

/** A settled invoice the debtor paid towards counts for its habit; nothing more can change. */
const isDone = (invoice: IssuedInvoice): boolean =>
  invoice.status === 'written-off' || (invoice.status === 'settled' && invoice.paid.amount > 0);

const closeInvoice = (
  tenant: TenantSchedule,
  key: string,
  invoice: IssuedInvoice,
): TenantSchedule => {
  const debtorKey = debtorKeyOf(tenant, invoice);
  const debtor = debtorOf(tenant, debtorKey);
  const paidFor = invoice.status === 'settled' && invoice.paid.amount > 0;
  const daysToPay = paidFor
    ? { ...debtor.daysToPay, [key]: Math.max(0, daysBetween(invoice.issueDate, invoice.settledOn)) }
    : debtor.daysToPay;
  const paidAfterDemand =
    paidFor && hadDemandLetter(invoice)
      ? { ...debtor.paidAfterDemand, [key]: true as const }
      : debtor.paidAfterDemand;
  const closed: TenantSchedule = {
    ...tenant,
    invoices: trieRemove(tenant.invoices, key),
    debtors: trieSet(tenant.debtors, debtorKey, {
      ...debtor,
      daysToPay,
      paidAfterDemand,
      invoices: debtor.invoices.filter((k) => k !== key),
    }),
  };
  return paidFor ? rescheduleDebtor(closed, debtorKey) : closed;
};

const onInvoiceEvent = (
  tenant: TenantSchedule,
  key: string,
  { streamVersion: version, eventId: lastEventId }: EventMetadata,
  event: InvoiceEvent,
): TenantSchedule => {
  const entry = trieGet(tenant.invoices, key);
  if (entry === undefined ? event.type !== 'Issued' : version <= entry.version) return tenant;
  const invoice = evolveInvoice(entry?.state ?? initialInvoiceState, event);
  if (invoice.status === 'unissued') return tenant;
  if (isDone(invoice)) return closeInvoice(tenant, key, invoice);
  const debtorKey = debtorKeyOf(tenant, invoice);
  const debtor = debtorOf(tenant, debtorKey);
  const schedule = scheduleOf(invoice, contextOf(tenant.policy, debtor));
  return {
    ...tenant,
    invoices: trieSet(tenant.invoices, key, { version, lastEventId, state: invoice, ...schedule }),
    debtors: debtor.invoices.includes(key)
      ? tenant.debtors
      : trieSet(tenant.debtors, debtorKey, { ...debtor, invoices: [...debtor.invoices, key] }),
  };
};

const schedulingPartOf = (state: DebtorState): string =>
  state.status === 'registered' ? `${state.kind}/${String(state.reminderOffsetDays)}` : 'unknown';

const onDebtorEvent = (
  tenant: TenantSchedule,
  key: string,
  version: number,
  event: DebtorEvent,
): TenantSchedule => {
  const debtor = debtorOf(tenant, key);
  if (version <= debtor.version) return tenant;
  const state = evolveDebtor(debtor.state, event);
  const next: TenantSchedule = {
    ...tenant,
    debtors: trieSet(tenant.debtors, key, { ...debtor, version, state }),
  };
  return schedulingPartOf(state) === schedulingPartOf(debtor.state)
    ? next
    : rescheduleDebtor(next, key);
};

const onTenantEvent = (
  tenant: TenantSchedule,
  version: number,
  event: TenantEvent,
): TenantSchedule => {
  if (version <= tenant.policyVersion) return tenant;
  const policy = event.data.policy;
  return {
    ...tenant,
    policy,
    policyVersion: version,
    invoices: trieMap(tenant.invoices, (entry) => ({
      ...entry,
      ...scheduleOf(
        entry.state,
        contextOf(policy, debtorOf(tenant, debtorKeyOf(tenant, entry.state))),
      ),
    })),
  };
};

const applyToTenant = (
  tenant: TenantSchedule,
  envelope: EventEnvelope<DebiteurEvent>,
): TenantSchedule => {
  const { event, metadata } = envelope;
  const { streamId, streamVersion } = metadata;
  switch (categoryOf(streamId)) {
    case 'invoice':
      return isInvoiceEvent(event) ? onInvoiceEvent(tenant, streamId, metadata, event) : tenant;
    case 'debtor':
      return isDebtorEvent(event) ? onDebtorEvent(tenant, streamId, streamVersion, event) : tenant;
    case 'tenant':
      return isTenantEvent(event) ? onTenantEvent(tenant, streamVersion, event) : tenant;
    default:
      return tenant;
  }
};

/**
 * Folds one recorded event into the due actions. An invoice enters with `Issued` and is
 * scheduled again on each of its events; a debtor's change (kind, agreed reminder offset)
 * or a settlement that changes its payment habit reschedules that debtor's invoices; a
 * policy change reschedules all of the tenant's. Events of other streams, and events at or
 * below the version already folded, leave the state as it is.
 */
export const applyToDueActions = (
  state: DueActionsState,
  envelope: EventEnvelope<DebiteurEvent>,
): DueActionsState => {
  const { tenantId, streamId } = envelope.metadata;
  if (categoryOf(streamId) === null) return state;
  const tenant = state.tenants[tenantId] ?? newTenant(tenantId);
  const next = applyToTenant(tenant, envelope);
  return next === tenant ? state : { tenants: { ...state.tenants, [tenantId]: next } };
};
