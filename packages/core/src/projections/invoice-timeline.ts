import { EventEnvelope } from '../envelope/event-envelope';
import { InvoiceEvent, ReminderKind } from '../invoice/invoice.events';
import { EventId, InvoiceId } from '../shared/ids';
import { compareInstants, Instant } from '../shared/instant';
import { clampAtZero, formatMoney, minusSameCurrency, Money, zero } from '../shared/money';
import { foldProjection, Projection } from './projection';

/** Who did it, when and why, and where it left the invoice. */
export interface TimelineFacts {
  readonly eventId: EventId;
  /** The stream version of the event: its place in the invoice's history. */
  readonly version: number;
  readonly occurredAt: Instant;
  readonly recordedAt: Instant;
  readonly actor: string;
  readonly reason: string | null;
  /**
   * What was still collectable after this event: what is owed, and nothing once written
   * off. Null before the invoice was issued.
   */
  readonly outstandingAfter: Money | null;
  /** One line for people, such as "Reminder level 2 (demand) sent by post". */
  readonly summary: string;
}

/** One event of the case as the collector reads it: `type` and `data` plus the facts. */
export type TimelineEntry = InvoiceEvent & TimelineFacts;

/** The whole history of one invoice ("oud geval", story 2), in stream order. */
export interface InvoiceTimeline {
  /** Null until the `Issued` event has been seen. */
  readonly invoiceId: InvoiceId | null;
  readonly entries: readonly TimelineEntry[];
}

export const initialInvoiceTimeline: InvoiceTimeline = { invoiceId: null, entries: [] };

const KIND_LABELS: Readonly<Record<ReminderKind, string>> = {
  reminder: 'reminder',
  demand: 'demand',
  'final-notice': 'final notice',
  'hand-over': 'hand-over notice',
};

const words = (code: string): string => code.replace(/-/g, ' ');

/** A short English line saying what happened, for a list a collector scans. */
const summaryOf = (event: InvoiceEvent): string => {
  switch (event.type) {
    case 'Issued':
      return `Invoice ${event.data.number} issued for ${formatMoney(event.data.amount)}, due ${event.data.dueDate}`;
    case 'TermsAdjusted': {
      const term = event.data.paymentTermDays;
      const days = term === undefined ? '' : ` (${term}-day term)`;
      return `Due date moved from ${event.data.previousDueDate} to ${event.data.dueDate}${days}`;
    }
    case 'ReminderSent':
      return `Reminder level ${event.data.level} (${KIND_LABELS[event.data.kind]}) sent by ${event.data.channel}`;
    case 'PutOnHold':
      return `Put on hold: ${words(event.data.reason)}`;
    case 'HoldReleased':
      return 'Hold released';
    case 'PaymentPromised': {
      const amount = event.data.amount;
      const of = amount === undefined ? '' : ` of ${formatMoney(amount)}`;
      return `Payment${of} promised by ${event.data.promisedDate}`;
    }
    case 'PromiseKept':
      return `Payment promise for ${event.data.promisedDate} kept`;
    case 'PromiseBroken':
      return `Payment promise for ${event.data.promisedDate} broken`;
    case 'Paid':
      return `Payment of ${formatMoney(event.data.amount)} received`;
    case 'CreditBalanceRecorded':
      return `Credit balance of ${formatMoney(event.data.amount)} recorded`;
    case 'CreditNoteApplied':
      return `Credit note ${event.data.number} of ${formatMoney(event.data.amount)} applied`;
    case 'InvoiceResent': {
      const link = event.data.paymentLink === undefined ? '' : ' with a payment link';
      return `Invoice resent by ${event.data.channel}${link}`;
    }
    case 'ContactLogged':
      return `${event.data.channel === 'phone' ? 'Phone call' : 'Email'}: ${words(event.data.outcome)}`;
    case 'ArrangementAgreed': {
      const [first] = event.data.installments;
      const count = event.data.installments.length;
      const due = first === undefined ? '' : `, first due ${first.dueDate}`;
      return `Payment arrangement agreed: ${count} installment${count === 1 ? '' : 's'}${due}`;
    }
    case 'ArrangementDefaulted':
      return `Payment arrangement defaulted: installment due ${event.data.missedDueDate} missed`;
    case 'HandedOverToCollection': {
      const agency = event.data.agency === undefined ? '' : ` (${event.data.agency})`;
      return `Handed over to collection${agency} with ${formatMoney(event.data.outstanding)} outstanding`;
    }
    case 'WrittenOff':
      return `${formatMoney(event.data.amount)} written off`;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

/** Less `amount`, never below zero; an amount in another currency changes nothing. */
const less = (outstanding: Money, amount: Money): Money =>
  clampAtZero(minusSameCurrency(outstanding, amount));

/**
 * What is still collectable after an event, read from the events alone: the issued amount
 * less payments and credit notes, never below zero, and nothing once written off, whatever
 * amount the write-off names. This is the receivables view, as the ledger's `receivableOn`;
 * the invoice state and ledger entry keep the written-off debt in `outstanding` instead,
 * with a status that says it is no longer collected.
 */
const outstandingAfter = (before: Money | null, event: InvoiceEvent): Money | null => {
  if (before === null) return event.type === 'Issued' ? event.data.amount : null;
  switch (event.type) {
    case 'Issued':
      // A second Issued changes nothing, as in the invoice's own fold.
      return before;
    case 'Paid':
    case 'CreditNoteApplied':
      return less(before, event.data.amount);
    case 'WrittenOff':
      return zero(before.currency);
    default:
      return before;
  }
};

/**
 * The timeline entry of one recorded event, given what was outstanding before it (null
 * before the invoice was issued): all a timeline entry depends on, so a replay that writes
 * entries as it goes keeps only each invoice's balance.
 */
export const timelineEntryOf = (
  before: Money | null,
  { event, metadata }: EventEnvelope<InvoiceEvent>,
): TimelineEntry =>
  ({
    type: event.type,
    data: event.data,
    eventId: metadata.eventId,
    version: metadata.streamVersion,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
    actor: metadata.actor,
    reason: metadata.reason,
    outstandingAfter: outstandingAfter(before, event),
    summary: summaryOf(event),
  }) as TimelineEntry;

/**
 * Adds one recorded event of the invoice's stream to its timeline; an event at or below the
 * version the timeline already shows repeats one (an export read twice) and is left out, as
 * the ledger leaves it out.
 */
export const applyToTimeline = (
  timeline: InvoiceTimeline,
  envelope: EventEnvelope<InvoiceEvent>,
): InvoiceTimeline => {
  const last = timeline.entries[timeline.entries.length - 1];
  if (last !== undefined && envelope.metadata.streamVersion <= last.version) return timeline;
  const before = last?.outstandingAfter ?? null;
  const { event } = envelope;
  return {
    invoiceId: event.type === 'Issued' ? event.data.invoiceId : timeline.invoiceId,
    entries: [...timeline.entries, timelineEntryOf(before, envelope)],
  };
};

/** The timeline as a projection over one invoice stream, fed in stream order. */
export const invoiceTimelineProjection: Projection<InvoiceTimeline, InvoiceEvent> = {
  name: 'invoice-timeline',
  initialState: initialInvoiceTimeline,
  apply: applyToTimeline,
};

const inStreamOrder = (
  envelopes: Iterable<EventEnvelope<InvoiceEvent>>,
): readonly EventEnvelope<InvoiceEvent>[] =>
  [...envelopes].sort((a, b) => a.metadata.streamVersion - b.metadata.streamVersion);

/**
 * Every event of one invoice in stream order, each with who did it, when and why, and what
 * was still owed after it: the case file a collector opens (story 2).
 */
export const invoiceTimeline = (
  envelopes: Iterable<EventEnvelope<InvoiceEvent>>,
): InvoiceTimeline => foldProjection(invoiceTimelineProjection, inStreamOrder(envelopes));

/**
 * The timeline as the books showed it at `asOf`: only events recorded by then count, so an
 * event recorded later is left out even when it happened earlier (a payment booked late).
 */
export const timelineAsOf = (
  envelopes: Iterable<EventEnvelope<InvoiceEvent>>,
  asOf: Instant,
): InvoiceTimeline =>
  invoiceTimeline([...envelopes].filter((e) => compareInstants(e.metadata.recordedAt, asOf) <= 0));
