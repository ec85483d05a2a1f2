import { InvoiceId, invoiceId, invoiceStreamId, TenantId } from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import { isRight } from 'fp-ts/Either';
import { CliIo } from '../cli-io';
import { AsOf } from '../analyst/as-of';
import { EventSource } from '../analyst/event-source';
import { AmbiguousInvoiceNumber, InvoiceNotFound } from './history.errors';
import { invoicesNumbered } from './invoices-numbered';

/** The invoice `history` shows, and how the argument named it. */
export interface ResolvedInvoice {
  readonly invoiceId: InvoiceId;
  readonly streamId: string;
  /** The invoice number the argument was matched as; null when it was the invoice's id. */
  readonly foundByNumber: string | null;
  /** When it was the id: the other invoices that carry it as their number (at `--as-of`). */
  readonly othersNumberedAsTheId: readonly InvoiceId[];
  readonly events: readonly RecordedEvent[];
}

type FoundById = Omit<ResolvedInvoice, 'othersNumberedAsTheId'>;

const streamEvents = async (
  source: EventSource,
  streamId: string,
  tenant: TenantId,
): Promise<readonly RecordedEvent[]> => {
  if (source.stores !== null) return source.stores.events.readStream(streamId);
  const events: RecordedEvent[] = [];
  for await (const event of source.events({ tenantId: tenant, categories: ['invoice'] }))
    if (event.streamId === streamId) events.push(event);
  return events;
};

const resolvedById = async (
  source: EventSource,
  tenant: TenantId,
  invoice: string,
): Promise<FoundById | null> => {
  const id = invoiceId(invoice);
  if (!isRight(id)) return null;
  const streamId = invoiceStreamId(tenant, id.right);
  const events = await streamEvents(source, streamId, tenant);
  return events.length === 0
    ? null
    : { invoiceId: id.right, streamId, foundByNumber: null, events };
};

/**
 * An analyst names an invoice by its id or by the number printed on it: the id wins when the
 * tenant has an invoice under it (naming the others that carry it as their number), otherwise
 * the number must have been on exactly one of the tenant's invoices at `asOf` (several are
 * AmbiguousInvoiceNumber, none is InvoiceNotFound).
 */
export const resolveInvoice = async (
  source: EventSource,
  tenant: TenantId,
  invoice: string,
  asOf: AsOf | null,
  io: CliIo,
): Promise<ResolvedInvoice> => {
  const byId = await resolvedById(source, tenant, invoice);
  const numbered = await invoicesNumbered(source, tenant, invoice, asOf, io);
  if (byId !== null) {
    const others = numbered.filter((match) => match.streamId !== byId.streamId);
    return { ...byId, othersNumberedAsTheId: others.map((match) => match.invoiceId) };
  }
  const [only, ...others] = numbered;
  if (only === undefined) throw InvoiceNotFound.matching(tenant, invoice, asOf?.instant ?? null);
  if (others.length > 0) {
    throw new AmbiguousInvoiceNumber(
      tenant,
      invoice,
      numbered.map((match) => match.invoiceId),
      asOf?.instant ?? null,
    );
  }
  const events = await streamEvents(source, only.streamId, tenant);
  return { ...only, foundByNumber: invoice, othersNumberedAsTheId: [], events };
};
