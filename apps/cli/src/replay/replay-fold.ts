import {
  categoryOf,
  DebtorContact,
  debtorContactAfter,
  debtorDirectoryOf,
  EventEnvelope,
  InvoiceEvent,
  InvoiceId,
  isInvoiceEvent,
  LedgerEntry,
  Money,
  ledgerEntryAfter,
  ledgerStateOf,
  PlacedRow,
  ReportsState,
  TimelineEntry,
  timelineEntryOf,
} from '@debiteur/core';
import {
  decodeRecordedEvent,
  decodeTrustedRecordedEvent,
  RecordedEvent,
} from '@debiteur/eventstore';
import { AsOf, recordedBy } from '../analyst/as-of';

/** One event of an invoice's history as `--projection timeline` writes it. */
export interface TimelineRow {
  readonly tenantId: string;
  readonly streamId: string;
  /** The invoice id once its `Issued` event has been seen, else null. */
  readonly invoiceId: string | null;
  readonly entry: TimelineEntry;
}

export interface ReplayFoldOptions {
  /** Fold into the reports state (ledger + directory): behaviour, aging, dso, call sheet. */
  readonly reports: boolean;
  /** Called with each invoice event's timeline entry, in global order. */
  readonly onTimelineEntry?: (row: TimelineRow) => void | Promise<void>;
  /** Only events recorded up to this instant count (null: all). */
  readonly asOf: AsOf | null;
  /** Called after every event read, with the count so far (for progress). */
  readonly onEvent?: (read: number) => void;
  /**
   * The events come from a store the system wrote, whose current-schema rows were checked
   * on the way in (docs/adr/0012); false for a file, whose every event is decoded in full.
   */
  readonly trusted: boolean;
}

export interface ReplayFoldResult {
  readonly reports: ReportsState;
  /** Events read from the source. */
  readonly read: number;
  /** Events folded: read, recorded by `asOf`, and decodable. */
  readonly folded: number;
  /** Events recorded after `asOf`. */
  readonly later: number;
  /** Events that did not decode (`debiteur verify` names them). */
  readonly undecodable: number;
}

const PROGRESS_EVERY = 1_000;

/**
 * The reports fold, kept in two maps for speed: each event updates one invoice's ledger
 * entry or one debtor's contact through the core's pure per-row functions, and the maps are
 * handed over as the reports state once, at the end. The same rows as `applyToReports`
 * folded event by event, without copying a persistent table per event.
 */
class ReportsFold {
  private readonly ledger = new Map<string, LedgerEntry>();
  private readonly debtors = new Map<string, PlacedRow<DebtorContact>>();

  apply(envelope: EventEnvelope): void {
    const { streamId, tenantId } = envelope.metadata;
    const entry = this.ledger.get(streamId);
    const nextEntry = ledgerEntryAfter(entry, envelope);
    if (nextEntry !== entry && nextEntry !== undefined) this.ledger.set(streamId, nextEntry);
    if (nextEntry !== undefined) return;
    const contact = this.debtors.get(streamId)?.[2];
    const nextContact = debtorContactAfter(contact, envelope);
    if (nextContact !== contact && nextContact !== undefined)
      this.debtors.set(streamId, [tenantId, streamId, nextContact]);
  }

  state(): ReportsState {
    const placed = function* (ledger: Map<string, LedgerEntry>) {
      for (const [streamId, entry] of ledger) yield [entry.tenantId, streamId, entry] as const;
    };
    return {
      ledger: ledgerStateOf(placed(this.ledger)),
      debtors: debtorDirectoryOf(this.debtors.values()),
    };
  }
}

/**
 * Streams recorded events through the core's pure projections: each event is decoded
 * (upcast) and folded into the reports, then dropped, so memory grows with the invoices and
 * debtors folded, never with the events read. The timeline keeps only the running balance
 * of each invoice and hands every entry on at once.
 */
export const replayFold = async (
  events: AsyncIterable<RecordedEvent>,
  options: ReplayFoldOptions,
): Promise<ReplayFoldResult> => {
  const decode = options.trusted ? decodeTrustedRecordedEvent : decodeRecordedEvent;
  const reports = new ReportsFold();
  // Per invoice only what the next timeline entry needs: the invoice id and the balance.
  const balances = new Map<string, { invoiceId: InvoiceId | null; outstanding: Money | null }>();
  let read = 0;
  let folded = 0;
  let later = 0;
  let undecodable = 0;
  for await (const recorded of events) {
    read += 1;
    if (options.onEvent !== undefined && read % PROGRESS_EVERY === 0) options.onEvent(read);
    if (!recordedBy(recorded.recordedAt, options.asOf)) {
      later += 1;
      continue;
    }
    const decoded = decode(recorded);
    if (decoded._tag === 'Left') {
      undecodable += 1;
      continue;
    }
    folded += 1;
    const envelope = decoded.right;
    if (options.reports) reports.apply(envelope);
    if (
      options.onTimelineEntry !== undefined &&
      categoryOf(recorded.streamId) === 'invoice' &&
      isInvoiceEvent(envelope.event)
    ) {
      const event = envelope.event;
      const before = balances.get(recorded.streamId);
      const entry = timelineEntryOf(
        before?.outstanding ?? null,
        envelope as EventEnvelope<InvoiceEvent>,
      );
      const invoiceId =
        event.type === 'Issued' ? event.data.invoiceId : (before?.invoiceId ?? null);
      balances.set(recorded.streamId, { invoiceId, outstanding: entry.outstandingAfter });
      await options.onTimelineEntry({
        tenantId: recorded.metadata.tenantId,
        streamId: recorded.streamId,
        invoiceId,
        entry,
      });
    }
  }
  options.onEvent?.(read);
  return { reports: reports.state(), read, folded, later, undecodable };
};
