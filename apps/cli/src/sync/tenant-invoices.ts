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
import { pipe } from 'fp-ts/function';
import * as RA from 'fp-ts/ReadonlyArray';
import { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray';

/** An invoice of the tenant as the store holds it now, with the version it was folded to. */
export interface KnownInvoice {
  readonly streamId: string;
  readonly invoiceId: InvoiceId;
  readonly version: number;
  readonly state: IssuedInvoice;
}

/**
 * The tenant's issued invoices by invoice number, each number with every invoice that carries
 * it, in the order they were issued. Usually one, but the API issues under any id and an
 * accounting package reuses numbers over the years, so a number can be on several.
 */
export type TenantInvoices = ReadonlyMap<string, ReadonlyNonEmptyArray<KnownInvoice>>;

const isIssued = (state: InvoiceState): state is IssuedInvoice => state.status !== 'unissued';

/**
 * Folds every invoice stream of the tenant (one pass over its events) and indexes the
 * issued ones by invoice number: the number is what the accounting package knows them by,
 * whatever id they were issued under. Every invoice with a number is kept, so none is hidden
 * behind another with the same number.
 */
export const loadTenantInvoices = async (
  events: EventStore,
  tenant: TenantId,
): Promise<TenantInvoices> => {
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
  const byNumber = new Map<string, ReadonlyNonEmptyArray<KnownInvoice>>();
  for (const [streamId, { state, version }] of folded) {
    if (!isIssued(state)) continue;
    const invoice: KnownInvoice = { streamId, invoiceId: state.invoiceId, version, state };
    byNumber.set(state.number, pipe(byNumber.get(state.number) ?? [], RA.append(invoice)));
  }
  return byNumber;
};

/**
 * The streams of the tenant's issued invoices: an id whose stream is among them is held by
 * that invoice, whatever its number, and cannot be issued again.
 */
export const invoiceStreamsHeld = (known: TenantInvoices): Set<string> =>
  new Set([...known.values()].flatMap((invoices) => invoices.map((invoice) => invoice.streamId)));
