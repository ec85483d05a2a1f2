import { InvoiceId, TenantId } from '@debiteur/core';
import { decodeRecordedEvent, RecordedEvent } from '@debiteur/eventstore';
import { isLeft } from 'fp-ts/Either';
import { CliIo } from '../cli-io';
import { AsOf, recordedBy } from '../analyst/as-of';
import { EventSource } from '../analyst/event-source';

/** An invoice found by its number: the id it was issued under and its stream. */
export interface NumberedInvoice {
  readonly invoiceId: InvoiceId;
  readonly streamId: string;
}

const storedNumberOf = (recorded: RecordedEvent): unknown =>
  typeof recorded.data === 'object' && recorded.data !== null
    ? (recorded.data as { readonly number?: unknown }).number
    : undefined;

/**
 * The tenant's invoices that carried `number` at `asOf` (their `Issued` event, recorded by
 * then, carries it; any time when null), in the order they were issued: one read of the
 * tenant's invoice events, decoding (and upcasting) only those `Issued` ones. An `Issued`
 * event with that number that does not decode is reported on stderr and left out.
 */
export const invoicesNumbered = async (
  source: EventSource,
  tenant: TenantId,
  number: string,
  asOf: AsOf | null,
  io: CliIo,
): Promise<readonly NumberedInvoice[]> => {
  const found = new Map<string, NumberedInvoice>();
  for await (const recorded of source.events({ tenantId: tenant, categories: ['invoice'] })) {
    if (recorded.type !== 'Issued' || !recordedBy(recorded.recordedAt, asOf)) continue;
    const decoded = decodeRecordedEvent(recorded);
    if (isLeft(decoded) || decoded.right.event.type !== 'Issued') {
      if (storedNumberOf(recorded) === number) {
        io.err(`${recorded.streamId} version ${recorded.streamVersion} (Issued) does not decode`);
      }
      continue;
    }
    const { data } = decoded.right.event;
    if (data.number !== number || found.has(recorded.streamId)) continue;
    found.set(recorded.streamId, { invoiceId: data.invoiceId, streamId: recorded.streamId });
  }
  return [...found.values()];
};
