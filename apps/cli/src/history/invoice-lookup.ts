import { TenantId } from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import { CliIo } from '../cli-io';
import { AsOf } from '../analyst/as-of';
import { EventSource } from '../analyst/event-source';
import { streamPastUnreadable } from '../analyst/stream-past-unreadable';
import { invoicesNumbered, NumberedInvoice, numberMatcher } from './invoices-numbered';
import { caseRowLeftOut } from './rows-passed-over';

/** What naming an invoice needs from the source, read once. */
export interface InvoiceLookup {
  /** The tenant's invoices that carried the number at `asOf`, in the order they were issued. */
  readonly numbered: readonly NumberedInvoice[];
  /** The events of the id's stream or of a numbered invoice's, in stream order. */
  eventsOf(streamId: string): Promise<readonly RecordedEvent[]>;
}

const INVOICES = ['invoice'] as const;

/**
 * A JSONL file has no index by stream, and each pass over a large one takes seconds: one
 * pass keeps the events of `idStream` and of every invoice found carrying the number. A file
 * is in global order, so a stream's `Issued` event, which the number is matched on, comes
 * before the rest of its events.
 */
const lookUpInFile = async (
  source: EventSource,
  tenant: TenantId,
  idStream: string | null,
  number: string,
  asOf: AsOf | null,
  io: CliIo,
): Promise<InvoiceLookup> => {
  const matcher = numberMatcher(number, asOf, io);
  const kept = new Map<string, RecordedEvent[]>(idStream === null ? [] : [[idStream, []]]);
  for await (const recorded of source.events({ tenantId: tenant, categories: INVOICES })) {
    if (matcher.see(recorded) !== null && !kept.has(recorded.streamId)) {
      kept.set(recorded.streamId, []);
    }
    kept.get(recorded.streamId)?.push(recorded);
  }
  return {
    numbered: matcher.found(),
    eventsOf: (streamId) => Promise.resolve(kept.get(streamId) ?? []),
  };
};

/**
 * Reads, in one pass of a JSONL file, or one scan of a store's invoice events plus its
 * stream reads, the invoices carrying `number` at `asOf` and the events of the streams that
 * resolving an argument may show: the id's stream (`idStream`, null when the argument is no
 * valid id) and the numbered invoices'.
 */
export const lookUpInvoice = async (
  source: EventSource,
  tenant: TenantId,
  idStream: string | null,
  number: string,
  asOf: AsOf | null,
  io: CliIo,
): Promise<InvoiceLookup> => {
  const { stores } = source;
  if (stores === null) return lookUpInFile(source, tenant, idStream, number, asOf, io);
  return {
    numbered: await invoicesNumbered(source, tenant, number, asOf, io),
    eventsOf: (streamId) =>
      streamPastUnreadable(stores.events, streamId, (row) => io.err(caseRowLeftOut(row))),
  };
};
