import {
  categoryOf,
  collectableOf,
  DebtorContact,
  DebtorId,
  debtorContactAfter,
  debtorDirectoryOf,
  EventEnvelope,
  InvoiceEvent,
  InvoiceId,
  isInvoiceEvent,
  LedgerDraft,
  LedgerEntry,
  Money,
  NonEmptyText,
  ledgerDraftAfter,
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
  /** Events that did not decode (`debiteur verify` names them). */
  readonly undecodable: number;
}

/** How many distinct descriptions the fold shares at most: beyond it, each keeps its own. */
const DESCRIPTIONS_POOLED = 10_000;

/** Equal texts as one string, for up to `capacity` distinct texts. */
class TextPool {
  private readonly texts = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  shared(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < this.capacity) this.texts.set(text, text);
    return text;
  }
}

/** What the timeline keeps of one invoice between its events: its id and balance. */
interface TimelineBalance {
  invoiceId: InvoiceId | null;
  outstanding: Money | null;
}

/**
 * The reports fold, kept in two maps for speed: each event updates one invoice's ledger
 * entry in place (the fold owns its drafts) or one debtor's contact, through the core's
 * per-row functions, and the maps are handed over as the reports state once, at the end.
 * The same rows as `applyToReports` folded event by event, without copying a persistent
 * table, or an entry, per event.
 */
class ReportsFold {
  private readonly ledger = new Map<string, LedgerDraft>();
  private readonly debtors = new Map<string, PlacedRow<DebtorContact>>();
  private readonly debtorIds = new Map<DebtorId, DebtorId>();
  private readonly descriptions = new TextPool(DESCRIPTIONS_POOLED);

  apply(envelope: EventEnvelope): void {
    const { streamId, tenantId } = envelope.metadata;
    const draft = this.ledger.get(streamId);
    const nextDraft = ledgerDraftAfter(draft, envelope);
    if (nextDraft !== draft && nextDraft !== undefined)
      this.ledger.set(streamId, this.opened(nextDraft));
    if (nextDraft !== undefined) return;
    const contact = this.debtors.get(streamId)?.[2];
    const nextContact = debtorContactAfter(contact, envelope);
    if (nextContact !== contact && nextContact !== undefined)
      this.debtors.set(streamId, [tenantId, streamId, nextContact]);
  }

  /**
   * A new entry made to share its strings: one debtor id per debtor rather than one copy per
   * invoice, one string per description that repeats (invoices of a kind share one), and the
   * number as the very string of the invoice id when the two are equal.
   */
  private opened(draft: LedgerDraft): LedgerDraft {
    const known = this.debtorIds.get(draft.debtorId);
    if (known === undefined) this.debtorIds.set(draft.debtorId, draft.debtorId);
    else draft.debtorId = known;
    draft.description = this.descriptions.shared(draft.description);
    const invoiceId: string = draft.invoiceId;
    if (draft.number === invoiceId) draft.number = invoiceId as NonEmptyText;
    return draft;
  }

  /** What the timeline shows an invoice owing before its next event (see `collectableOf`). */
  balanceOf(streamId: string): TimelineBalance {
    const draft = this.ledger.get(streamId);
    return draft === undefined
      ? { invoiceId: null, outstanding: null }
      : { invoiceId: draft.invoiceId, outstanding: collectableOf(draft) };
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

/** One replay's fold: the reports, the timeline's balances and the counts, event by event. */
class ReplayFold {
  read = 0;
  private folded = 0;
  private later = 0;
  private undecodable = 0;
  private readonly reports = new ReportsFold();
  // Per invoice what the next timeline entry needs, when no ledger is folded to read it off;
  // replay-local, so updated in place.
  private readonly balances = new Map<string, TimelineBalance>();
  private readonly decode: typeof decodeRecordedEvent;

  constructor(private readonly options: ReplayFoldOptions) {
    this.decode = options.trusted ? decodeTrustedRecordedEvent : decodeRecordedEvent;
  }

  apply(recorded: RecordedEvent): void {
    this.read += 1;
    if (!recordedBy(recorded.recordedAt, this.options.asOf)) {
      this.later += 1;
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
      onTimelineEntry !== undefined &&
      categoryOf(recorded.streamId) === 'invoice' &&
      isInvoiceEvent(envelope.event);
    // Taken before the reports fold writes the event into the invoice's entry.
    const before = timelined ? this.balanceBefore(recorded.streamId) : null;
    if (this.options.reports) this.reports.apply(envelope);
    if (before !== null && onTimelineEntry !== undefined) {
      onTimelineEntry(this.timelineRow(recorded, envelope as EventEnvelope<InvoiceEvent>, before));
    }
  }

  result(): ReplayFoldResult {
    const { read, folded, later, undecodable } = this;
    return { reports: this.reports.state(), read, folded, later, undecodable };
  }

  /**
   * What the invoice owed before this event: read off its ledger entry when the reports are
   * folded too (the same balance, property-tested in the core), else kept per invoice here.
   */
  private balanceBefore(streamId: string): TimelineBalance {
    if (this.options.reports) return this.reports.balanceOf(streamId);
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
