import { DebtorId, InvoiceId, TenantId } from '../shared/ids';

/** Stream categories; a stream id is `<category>:<tenantId>:<entityId>`. */
export type StreamCategory = 'invoice' | 'debtor' | 'tenant';

export const invoiceStreamId = (tenantId: TenantId, invoiceId: InvoiceId): string =>
  `invoice:${tenantId}:${invoiceId}`;

export const debtorStreamId = (tenantId: TenantId, debtorId: DebtorId): string =>
  `debtor:${tenantId}:${debtorId}`;

/** A tenant's settings (its reminder policy) live in one stream per tenant. */
export const tenantStreamId = (tenantId: TenantId): string => `tenant:${tenantId}:settings`;

/**
 * The category of a stream id (what precedes its first colon), or null for an id Debiteur
 * did not make. Asked of every event a replay folds, so it compares prefixes in place
 * rather than cutting the category out.
 */
export const categoryOf = (streamId: string): StreamCategory | null => {
  if (streamId.startsWith('invoice:')) return 'invoice';
  if (streamId.startsWith('debtor:')) return 'debtor';
  if (streamId.startsWith('tenant:')) return 'tenant';
  return null;
};
