import {
  DebtorId,
  DebtorState,
  debtorDecider,
  debtorEventCodec,
  debtorStreamId,
  InvoiceId,
  InvoiceState,
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
