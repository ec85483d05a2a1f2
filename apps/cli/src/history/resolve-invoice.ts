import { InvoiceId, invoiceId, invoiceStreamId, TenantId } from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import { isRight } from 'fp-ts/Either';
import { CliIo } from '../cli-io';
import { AsOf, recordedBy } from '../analyst/as-of';
import { EventSource } from '../analyst/event-source';
import { AmbiguousInvoiceNumber, InvoiceNotFound } from './history.errors';
import { lookUpInvoice } from './invoice-lookup';

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

/**
 * An analyst names an invoice by its id or by the number printed on it: the id wins when the
 * tenant had an invoice under it at `asOf` (an event of its stream recorded by then; naming
 * the others that carry it as their number), otherwise the number must have been on exactly
 * one of the tenant's invoices at `asOf` (several are AmbiguousInvoiceNumber, none is
 * InvoiceNotFound). A JSONL file is read once, a store scanned once.
 */
export const resolveInvoice = async (
  source: EventSource,
  tenant: TenantId,
  invoice: string,
  asOf: AsOf | null,
  io: CliIo,
): Promise<ResolvedInvoice> => {
  const id = invoiceId(invoice);
  const idStream = isRight(id) ? invoiceStreamId(tenant, id.right) : null;
  const lookup = await lookUpInvoice(source, tenant, idStream, invoice, asOf, io);
  if (isRight(id) && idStream !== null) {
    const events = await lookup.eventsOf(idStream);
    if (events.some((event) => recordedBy(event.recordedAt, asOf))) {
      const others = lookup.numbered.filter((match) => match.streamId !== idStream);
      return {
        invoiceId: id.right,
        streamId: idStream,
        foundByNumber: null,
        othersNumberedAsTheId: others.map((match) => match.invoiceId),
        events,
      };
    }
  }
  const [only, ...others] = lookup.numbered;
  if (only === undefined) throw InvoiceNotFound.matching(tenant, invoice, asOf?.instant ?? null);
  if (others.length > 0) {
    throw new AmbiguousInvoiceNumber(
      tenant,
      invoice,
      lookup.numbered.map((match) => match.invoiceId),
      asOf?.instant ?? null,
    );
  }
  const events = await lookup.eventsOf(only.streamId);
  return { ...only, foundByNumber: invoice, othersNumberedAsTheId: [], events };
};
