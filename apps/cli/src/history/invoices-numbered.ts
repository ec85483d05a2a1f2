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

/** Looks, event by event, for the invoices that carried a number (see `invoicesNumbered`). */
export interface NumberMatcher {
  /** The invoice `recorded` shows carrying the number, the first time it does; else null. */
  see(recorded: RecordedEvent): NumberedInvoice | null;
  /** The invoices seen carrying it so far, in the order they were issued. */
  found(): readonly NumberedInvoice[];
}

/**
 * Matches the tenant's invoice events against `number` as it stood at `asOf`, so that a read
 * done for another purpose can find the invoices numbered so on the way (one pass of a file).
 */
export const numberMatcher = (number: string, asOf: AsOf | null, io: CliIo): NumberMatcher => {
  const found = new Map<string, NumberedInvoice>();
  return {
    see: (recorded) => {
      if (recorded.type !== 'Issued' || !recordedBy(recorded.recordedAt, asOf)) return null;
      const decoded = decodeRecordedEvent(recorded);
      if (isLeft(decoded) || decoded.right.event.type !== 'Issued') {
        if (storedNumberOf(recorded) === number) {
          io.err(`${recorded.streamId} version ${recorded.streamVersion} (Issued) does not decode`);
        }
        return null;
      }
      const { data } = decoded.right.event;
      if (data.number !== number || found.has(recorded.streamId)) return null;
      const match = { invoiceId: data.invoiceId, streamId: recorded.streamId };
      found.set(recorded.streamId, match);
      return match;
    },
    found: () => [...found.values()],
  };
};

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
  const matcher = numberMatcher(number, asOf, io);
  for await (const recorded of source.events({ tenantId: tenant, categories: ['invoice'] })) {
    matcher.see(recorded);
  }
  return matcher.found();
};
