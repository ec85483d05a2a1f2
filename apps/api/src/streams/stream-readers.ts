import {
  DebtorId,
  DebtorState,
  debtorDecider,
  debtorEventCodec,
  debtorStreamId,
  InvoiceId,
  InvoiceState,
  ReminderPolicy,
  invoiceDecider,
  invoiceEventCodec,
  invoiceStreamId,
  TenantId,
  TenantPolicyState,
  tenantEventCodec,
  tenantPolicyDecider,
  tenantStreamId,
} from '@debiteur/core';
import { EventStore, LoadedState, loadState } from '@debiteur/eventstore';

/**
 * Strongly consistent reads: a stream folded by its own decider, straight from the store.
 * Streams are per tenant, so another tenant's invoice or debtor reads as never created.
 */
export const loadInvoice = (
  events: EventStore,
  tenantId: TenantId,
  invoiceId: InvoiceId,
): Promise<LoadedState<InvoiceState>> =>
  loadState(events, invoiceStreamId(tenantId, invoiceId), invoiceDecider, invoiceEventCodec);

export const loadDebtor = (
  events: EventStore,
  tenantId: TenantId,
  debtorId: DebtorId,
): Promise<LoadedState<DebtorState>> =>
  loadState(events, debtorStreamId(tenantId, debtorId), debtorDecider, debtorEventCodec);

export const loadPolicy = (
  events: EventStore,
  tenantId: TenantId,
): Promise<LoadedState<TenantPolicyState>> =>
  loadState(events, tenantStreamId(tenantId), tenantPolicyDecider, tenantEventCodec);

/** The two sides of a claim besides the invoice: the debtor, and the tenant's policy. */
export interface ClaimParties {
  readonly debtor: DebtorState;
  /** The tenant as creditor: its reminder policy holds its own settings (size, VAT). */
  readonly tenant: ReminderPolicy;
}

/** The debtor and the tenant's policy, read from their streams together. */
export const loadClaimParties = async (
  events: EventStore,
  tenantId: TenantId,
  debtorId: DebtorId,
): Promise<ClaimParties> => {
  const [debtor, policy] = await Promise.all([
    loadDebtor(events, tenantId, debtorId),
    loadPolicy(events, tenantId),
  ]);
  return { debtor: debtor.state, tenant: policy.state.policy };
};
