import { CalendarDate } from '../shared/calendar-date';
import { IssuedInvoice } from '../invoice/invoice.state';
import { DebtorId, InvoiceId, TenantId } from '../shared/ids';
import { debtorStreamId } from '../envelope/stream-id';
import { initialTenantPolicyState } from '../policy/tenant-policy.state';
import { DueActionTag } from './due-action-command';
import { contextOf, unknownDebtor } from './due-actions.schedule';
import { DueActionsState } from './due-actions.state';
import { trieEntries, trieGet } from '../shared/hash-trie';
import { SchedulingContext } from './next-action-for';

/** An invoice whose next action has fallen due, as the read model last saw it. */
export interface DueInvoiceRef {
  readonly tenantId: TenantId;
  readonly invoiceId: InvoiceId;
  readonly streamId: string;
  readonly debtorId: DebtorId;
  readonly dueOn: CalendarDate;
  readonly action: DueActionTag;
  /** The stream version the read model folded, and the invoice's state at it. */
  readonly version: number;
  readonly state: IssuedInvoice;
  /** The id of the event at that version. */
  readonly lastEventId: string;
}

const byDueOnThenStream = (a: DueInvoiceRef, b: DueInvoiceRef): number =>
  a.dueOn !== b.dueOn
    ? a.dueOn < b.dueOn
      ? -1
      : 1
    : a.streamId < b.streamId
      ? -1
      : a.streamId > b.streamId
        ? 1
        : 0;

/**
 * The invoices whose next action falls due on or before `date`, of every tenant (or of one),
 * oldest due first, then by stream id: what a pass as of that business date must look at.
 */
export const invoicesDueBy = (
  state: DueActionsState,
  date: CalendarDate,
  tenantId?: TenantId,
): readonly DueInvoiceRef[] => {
  const tenants =
    tenantId === undefined
      ? Object.values(state.tenants)
      : [state.tenants[tenantId]].filter((t) => t !== undefined);
  const due: DueInvoiceRef[] = [];
  for (const tenant of tenants) {
    for (const [streamId, entry] of trieEntries(tenant.invoices)) {
      const { dueOn, action, state: invoice, version, lastEventId } = entry;
      if (dueOn === null || action === null || dueOn > date) continue;
      due.push({
        tenantId: tenant.tenantId,
        invoiceId: invoice.invoiceId,
        streamId,
        debtorId: invoice.debtorId,
        dueOn,
        action,
        version,
        state: invoice,
        lastEventId,
      });
    }
  }
  return due.sort(byDueOnThenStream);
};

/** When an invoice's next action falls due as the read model sees it; null when nothing is. */
export const dueOnOf = (
  state: DueActionsState,
  tenantId: TenantId,
  streamId: string,
): CalendarDate | null => {
  const tenant = state.tenants[tenantId];
  return tenant === undefined ? null : (trieGet(tenant.invoices, streamId)?.dueOn ?? null);
};

/**
 * What the scheduler reads of a debtor of a tenant besides the invoice: its state, the
 * tenant's policy in force (the Dutch default before any change) and the debtor's payment
 * behaviour from its settled invoices.
 */
export const schedulingContextOf = (
  state: DueActionsState,
  tenantId: TenantId,
  debtorId: DebtorId,
): SchedulingContext => {
  const tenant = state.tenants[tenantId];
  if (tenant === undefined) return contextOf(initialTenantPolicyState.policy, unknownDebtor);
  const debtor = trieGet(tenant.debtors, debtorStreamId(tenantId, debtorId)) ?? unknownDebtor;
  return contextOf(tenant.policy, debtor);
};

/** How many invoices the read model watches, and how many have an action scheduled. */
export const scheduleSize = (
  state: DueActionsState,
): { readonly watched: number; readonly scheduled: number } => {
  let watched = 0;
  let scheduled = 0;
  for (const tenant of Object.values(state.tenants)) {
    for (const [, entry] of trieEntries(tenant.invoices)) {
      watched += 1;
      if (entry.dueOn !== null) scheduled += 1;
    }
  }
  return { watched, scheduled };
};
