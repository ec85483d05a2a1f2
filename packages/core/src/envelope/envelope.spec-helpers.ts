import { InvoiceEvent } from '../invoice/invoice.events';
import { eventIdOf, instantOf, invoice, tenant } from '../shared/test-values.spec-helpers';
import { EventEnvelope } from './event-envelope';
import { invoiceStreamId } from './stream-id';
import { EVENT_SCHEMAS } from './upcasters';

export {
  day,
  debtor,
  eur,
  eventIdOf,
  instantOf as at,
  invoice,
  tenant,
  text,
  valid,
} from '../shared/test-values.spec-helpers';

/** An `Issued` event's data as schema version 1 wrote it, before upcasting. */
export const issuedV1Data = {
  invoiceId: 'INV-2019-0042',
  debtorId: 'bakkerij-de-vries',
  number: '2019-0042',
  issueDate: '2019-03-04',
  termDays: 30,
  amountCents: 48400,
  currency: 'EUR',
};

export const ACME = tenant('acme');
export const INVOICE = invoice('INV-2026-001');
export const INVOICE_STREAM = invoiceStreamId(ACME, INVOICE);

/** Who did it, when and why; the rest of an envelope's metadata follows from the stream. */
export interface Stamp {
  readonly occurredAt: string;
  readonly recordedAt?: string;
  readonly actor?: string;
  readonly reason?: string;
}

/** Envelopes for one invoice stream, versions 1, 2, … in the order given. */
export const invoiceEnvelopes = (
  ...recorded: readonly (readonly [InvoiceEvent, Stamp])[]
): EventEnvelope<InvoiceEvent>[] =>
  recorded.map(([event, stamp], i) => ({
    event,
    metadata: {
      eventId: eventIdOf(`evt-${i + 1}`),
      tenantId: ACME,
      streamId: INVOICE_STREAM,
      streamVersion: i + 1,
      occurredAt: instantOf(stamp.occurredAt),
      recordedAt: instantOf(stamp.recordedAt ?? stamp.occurredAt),
      actor: stamp.actor ?? 'collector',
      reason: stamp.reason ?? null,
      correlationId: `cmd-${i + 1}`,
      causationId: null,
      schemaVersion: EVENT_SCHEMAS[event.type].current,
    },
  }));
