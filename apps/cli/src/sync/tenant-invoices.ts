import { EventStore } from '@debiteur/eventstore';
import {
  InvoiceId,
  invoiceDecider,
  invoiceEventCodec,
  InvoiceState,
  IssuedInvoice,
  TenantId,
} from '@debiteur/core';
import { isLeft } from 'fp-ts/Either';

/** An invoice of the tenant as the store holds it now, with the version it was folded to. */
export interface KnownInvoice {
  readonly streamId: string;
  readonly invoiceId: InvoiceId;
  readonly version: number;
  readonly state: IssuedInvoice;
}

const isIssued = (state: InvoiceState): state is IssuedInvoice => state.status !== 'unissued';

/**
 * Folds every invoice stream of the tenant (one pass over its events) and indexes the
 * issued ones by invoice number: the number is what the accounting package knows them by,
 * whatever id they were issued under.
 */
export const loadTenantInvoices = async (
  events: EventStore,
  tenant: TenantId,
): Promise<ReadonlyMap<string, KnownInvoice>> => {
  const folded = new Map<string, { state: InvoiceState; version: number }>();
  for await (const recorded of events.readAll({
    filter: { tenantId: tenant, categories: ['invoice'] },
  })) {
    const decoded = invoiceEventCodec.decode(recorded);
    if (isLeft(decoded)) {
      throw new Error(
        `cannot read ${recorded.streamId} v${recorded.streamVersion} (${recorded.type}): run debiteur verify`,
      );
    }
    const current = folded.get(recorded.streamId)?.state ?? invoiceDecider.initialState;
    folded.set(recorded.streamId, {
      state: invoiceDecider.evolve(current, decoded.right),
      version: recorded.streamVersion,
    });
  }
  const byNumber = new Map<string, KnownInvoice>();
  for (const [streamId, { state, version }] of folded) {
    if (!isIssued(state) || byNumber.has(state.number)) continue;
    byNumber.set(state.number, { streamId, invoiceId: state.invoiceId, version, state });
  }
  return byNumber;
};
