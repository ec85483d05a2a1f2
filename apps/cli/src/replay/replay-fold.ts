import {
  categoryOf,
  EventEnvelope,
  InvoiceEvent,
  isInvoiceEvent,
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
import { isServiceStream } from '../analyst/service-streams';
import { ReportsFold, TimelineBalance } from './reports-fold';

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
  /** Called with each invoice event's timeline entry, in global order; must not wait. */
  readonly onTimelineEntry?: (row: TimelineRow) => void;
  /** Awaited after each page is folded: where what `onTimelineEntry` buffered is written out. */
  readonly afterPage?: () => Promise<void>;
  /** Only events recorded up to this instant count (null: all). */
  readonly asOf: AsOf | null;
  /** Called after every page read, with the count of events so far (for progress). */
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
  /** Events of a domain stream that did not decode (`debiteur verify` names them). */
  readonly undecodable: number;
  /** Events of the service's own streams (`apikey:`, …): not the books, left alone. */
  readonly serviceEvents: number;
  /** Events of streams neither the domain's nor the service's (say `invoices:…`): left out. */
  readonly foreignEvents: number;
  /** Events of a file at or below a version of their stream already read: left out. */
  readonly repeated: number;
}

/** One replay's fold: the reports, the timeline's balances and the counts, event by event. */
class ReplayFold {
  read = 0;
  private folded = 0;
  private later = 0;
  private undecodable = 0;
  private serviceEvents = 0;
  private foreignEvents = 0;
  private repeated = 0;
  private readonly reports = new ReportsFold();
  // Per invoice what the next timeline entry needs, when no ledger is folded to read it off;
  // replay-local, so updated in place.
  private readonly balances = new Map<string, TimelineBalance>();
  private readonly decode: typeof decodeRecordedEvent;
  // Per stream of a file, the last version folded; a store's rows are unique by stream and
  // version, so a store's replay keeps none.
  private readonly fileVersions: Map<string, number> | null;

  constructor(private readonly options: ReplayFoldOptions) {
    this.decode = options.trusted ? decodeTrustedRecordedEvent : decodeRecordedEvent;
    this.fileVersions = options.trusted ? null : new Map();
  }

  apply(recorded: RecordedEvent): void {
    this.read += 1;
    const category = categoryOf(recorded.streamId);
    if (category === null) {
      if (isServiceStream(recorded.streamId)) this.serviceEvents += 1;
      else this.foreignEvents += 1;
      return;
    }
    if (!recordedBy(recorded.recordedAt, this.options.asOf)) {
      this.later += 1;
      return;
    }
    if (this.repeats(recorded)) {
      this.repeated += 1;
      return;
    }
    const decoded = this.decode(recorded);
    if (decoded._tag === 'Left') {
      this.undecodable += 1;
      return;
    }
    this.folded += 1;
    const envelope = decoded.right;
    const onTimelineEntry = this.options.onTimelineEntry;
    const timelined =
      onTimelineEntry !== undefined && category === 'invoice' && isInvoiceEvent(envelope.event);
    if (!timelined) {
      if (this.options.reports) this.reports.apply(envelope);
      return;
    }
    // With the reports folded too, the invoice's entry says what it owed before the event.
    const before = this.options.reports
      ? this.reports.applyWithBalance(envelope)
      : this.ownBalance(recorded.streamId);
    onTimelineEntry(this.timelineRow(recorded, envelope as EventEnvelope<InvoiceEvent>, before));
  }

  result(): ReplayFoldResult {
    const { read, folded, later, undecodable, serviceEvents, foreignEvents, repeated } = this;
    const reports = this.reports.state();
    return { reports, read, folded, later, undecodable, serviceEvents, foreignEvents, repeated };
  }

  /**
   * Whether a file's event repeats a version of its stream already read (an export joined to
   * itself): left out, as the ledger leaves it out, so the timeline's balances agree with it.
   */
  private repeats(recorded: RecordedEvent): boolean {
    if (this.fileVersions === null) return false;
    const last = this.fileVersions.get(recorded.streamId) ?? 0;
    if (recorded.streamVersion <= last) return true;
    this.fileVersions.set(recorded.streamId, recorded.streamVersion);
    return false;
  }

  /** What the invoice owed before this event, kept here when no reports are folded. */
  private ownBalance(streamId: string): TimelineBalance {
    let balance = this.balances.get(streamId);
    if (balance === undefined) {
      balance = { invoiceId: null, outstanding: null };
      this.balances.set(streamId, balance);
    }
    return balance;
  }

  private timelineRow(
    recorded: RecordedEvent,
    envelope: EventEnvelope<InvoiceEvent>,
    balance: TimelineBalance,
  ): TimelineRow {
    const event = envelope.event;
    const entry = timelineEntryOf(balance.outstanding, envelope);
    if (event.type === 'Issued') balance.invoiceId = event.data.invoiceId;
    balance.outstanding = entry.outstandingAfter;
    return {
      tenantId: recorded.metadata.tenantId,
      streamId: recorded.streamId,
      invoiceId: balance.invoiceId,
      entry,
    };
  }
}

/**
 * Streams recorded events through the core's pure projections, a page at a time: each
 * event is decoded (upcast) and folded into the reports, then dropped, so memory grows with
 * the invoices and debtors folded, never with the events read. A page is folded without
 * waiting; the timeline's entries are handed on as they come and written out after the page.
 */
export const replayFold = async (
  pages: AsyncIterable<readonly RecordedEvent[]>,
  options: ReplayFoldOptions,
): Promise<ReplayFoldResult> => {
  const fold = new ReplayFold(options);
  for await (const page of pages) {
    for (const recorded of page) fold.apply(recorded);
    options.onEvent?.(fold.read);
    await options.afterPage?.();
  }
  return fold.result();
};
