import { DebtorEvent } from '../debtor/debtor.events';
import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import { categoryOf } from '../envelope/stream-id';
import { InvoiceEvent } from '../invoice/invoice.events';

/**
 * The reports read the whole store (`readAll`), so they see every stream's events. An event
 * counts only when it sits in a stream of the right category and its data has the current
 * schema (upcasting happens on read); anything else is ignored, never thrown on.
 */
export const invoiceEventOf = (envelope: EventEnvelope<DomainEvent>): InvoiceEvent | null =>
  categoryOf(envelope.metadata.streamId) === 'invoice' && InvoiceEvent.is(envelope.event)
    ? envelope.event
    : null;

/** The debtor event an envelope carries, or null when it carries none (see `invoiceEventOf`). */
export const debtorEventOf = (envelope: EventEnvelope<DomainEvent>): DebtorEvent | null =>
  categoryOf(envelope.metadata.streamId) === 'debtor' && DebtorEvent.is(envelope.event)
    ? envelope.event
    : null;
