import { DebtorEvent } from '../debtor/debtor.events';
import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import { categoryOf } from '../envelope/stream-id';
import { isDebtorEvent, isInvoiceEvent } from '../envelope/debiteur-event';
import { InvoiceEvent } from '../invoice/invoice.events';

/**
 * The reports read the whole store (`readAll`), so they see every stream's events. An event
 * counts only when it sits in a stream of the right category and is of one of that
 * category's types; anything else is ignored, never thrown on. Envelopes arrive decoded
 * (upcast to the current schema on read), so the type name is enough: checking the data
 * again here would cost more than the whole fold.
 */
export const invoiceEventOf = (envelope: EventEnvelope<DomainEvent>): InvoiceEvent | null =>
  categoryOf(envelope.metadata.streamId) === 'invoice' && isInvoiceEvent(envelope.event)
    ? envelope.event
    : null;

/** The debtor event an envelope carries, or null when it carries none (see `invoiceEventOf`). */
export const debtorEventOf = (envelope: EventEnvelope<DomainEvent>): DebtorEvent | null =>
  categoryOf(envelope.metadata.streamId) === 'debtor' && isDebtorEvent(envelope.event)
    ? envelope.event
    : null;
