import {
  collectableOf,
  DebtorContact,
  DebtorId,
  debtorContactAfter,
  debtorDirectoryOf,
  EventEnvelope,
  InvoiceId,
  LedgerDraft,
  LedgerEntry,
  ledgerDraftAfter,
  ledgerStateOf,
  Money,
  NonEmptyText,
  PlacedRow,
  ReportsState,
} from '@debiteur/core';

/** How many distinct descriptions the fold shares at most: beyond it, each keeps its own. */
const DESCRIPTIONS_POOLED = 10_000;

/** Equal texts as one string, for up to `capacity` distinct texts. */
class TextPool<Text extends string> {
  private readonly texts = new Map<Text, Text>();

  constructor(private readonly capacity: number) {}

  shared(text: Text): Text {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < this.capacity) this.texts.set(text, text);
    return text;
  }
}

/** What the timeline keeps of one invoice between its events: its id and balance. */
export interface TimelineBalance {
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
export class ReportsFold {
  private readonly ledger = new Map<string, LedgerDraft>();
  private readonly debtors = new Map<string, PlacedRow<DebtorContact>>();
  // A tenant has far fewer debtors than invoices: every debtor id is pooled.
  private readonly debtorIds = new TextPool<DebtorId>(Infinity);
  private readonly descriptions = new TextPool<string>(DESCRIPTIONS_POOLED);

  apply(envelope: EventEnvelope): void {
    this.applyTo(this.ledger.get(envelope.metadata.streamId), envelope);
  }

  /**
   * `apply`, answering what the timeline shows the invoice owing before the event: read off
   * its entry (`collectableOf`, the timeline's own balance, property-tested in the core)
   * before the event is written into it.
   */
  applyWithBalance(envelope: EventEnvelope): TimelineBalance {
    const draft = this.ledger.get(envelope.metadata.streamId);
    const before: TimelineBalance =
      draft === undefined
        ? { invoiceId: null, outstanding: null }
        : { invoiceId: draft.invoiceId, outstanding: collectableOf(draft) };
    this.applyTo(draft, envelope);
    return before;
  }

  private applyTo(draft: LedgerDraft | undefined, envelope: EventEnvelope): void {
    const { streamId, tenantId } = envelope.metadata;
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
    draft.debtorId = this.debtorIds.shared(draft.debtorId);
    draft.description = this.descriptions.shared(draft.description);
    const invoiceId: string = draft.invoiceId;
    if (draft.number === invoiceId) draft.number = invoiceId as NonEmptyText;
    return draft;
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
