import { DebtorId, InvoiceId, TenantId } from '../shared/ids';

/** Stream categories; a stream id is `<category>:<tenantId>:<entityId>`. */
export type StreamCategory = 'invoice' | 'debtor' | 'tenant';

export const invoiceStreamId = (tenantId: TenantId, invoiceId: InvoiceId): string =>
  `invoice:${tenantId}:${invoiceId}`;

export const debtorStreamId = (tenantId: TenantId, debtorId: DebtorId): string =>
  `debtor:${tenantId}:${debtorId}`;

/** A tenant's settings (its reminder policy) live in one stream per tenant. */
export const tenantStreamId = (tenantId: TenantId): string => `tenant:${tenantId}:settings`;

/** The category of a stream id, or null for an id Debiteur did not make. */
export const categoryOf = (streamId: string): StreamCategory | null => {
  const colon = streamId.indexOf(':');
  if (colon < 0) return null;
  const category = streamId.slice(0, colon);
  return category === 'invoice' || category === 'debtor' || category === 'tenant' ? category : null;
};
