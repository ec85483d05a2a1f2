import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import { InvoiceEvent } from '../invoice/invoice.events';
import { TenantId } from '../shared/ids';
import { evolveDraft, evolveEntry, openedEntry } from './invoice-ledger.evolve';
import { LedgerDraft, LedgerEntry, LedgerState } from './invoice-ledger.state';
import { Projection } from './projection';
import { invoiceEventOf } from './report-events';
import {
  emptyTenantTables,
  PlacedRow,
  rowOf,
  rowsOf,
  tenantIdsOf,
  tenantTablesOf,
  withRow,
} from './tenant-tables';

export const initialLedgerState: LedgerState = { tenants: emptyTenantTables };

/**
 * Which events reach an entry: an invoice enters with its `Issued` event; events of other
 * streams' categories, of invoices it does not know, and events redelivered at or below the
 * version already folded leave the entry as it is (the same object). `evolve` does the rest.
 */
const entryAfter = <Entry extends LedgerEntry>(
  entry: Entry | undefined,
  envelope: EventEnvelope<DomainEvent>,
  opened: (draft: LedgerDraft) => Entry,
  evolve: (entry: Entry, event: InvoiceEvent, version: number) => Entry,
): Entry | undefined => {
  const event = invoiceEventOf(envelope);
  if (event === null) return entry;
  if (entry === undefined)
    return event.type === 'Issued' ? opened(openedEntry(event, envelope.metadata)) : undefined;
  const version = envelope.metadata.streamVersion;
  return version <= entry.version ? entry : evolve(entry, event, version);
};

const asEntry = (draft: LedgerDraft): LedgerEntry => draft;
const asDraft = (draft: LedgerDraft): LedgerDraft => draft;

const inPlace = (draft: LedgerDraft, event: InvoiceEvent, version: number): LedgerDraft => {
  evolveDraft(draft, event, version);
  return draft;
};

/**
 * One invoice's ledger entry after one recorded event (see `entryAfter`): a new entry when
 * the event changes it, so the fold is safe to resume. Pure and per invoice, so a replay may
 * keep the entries in a map of its own and hand them over with `ledgerStateOf`.
 */
export const ledgerEntryAfter = (
  entry: LedgerEntry | undefined,
  envelope: EventEnvelope<DomainEvent>,
): LedgerEntry | undefined => entryAfter(entry, envelope, asEntry, evolveEntry);

/**
 * `ledgerEntryAfter` for a fold that owns its entries, such as a replay's: the event is
 * written into the given draft in place (one object per invoice, not one per event) and the
 * draft returned; an `Issued` event opens a new draft. Same rules, same entries.
 */
export const ledgerDraftAfter = (
  draft: LedgerDraft | undefined,
  envelope: EventEnvelope<DomainEvent>,
): LedgerDraft | undefined => entryAfter(draft, envelope, asDraft, inPlace);

/** Folds one recorded event into the ledger (see `ledgerEntryAfter`). */
export const applyToLedger = (
  state: LedgerState,
  envelope: EventEnvelope<DomainEvent>,
): LedgerState => {
  const { tenantId, streamId } = envelope.metadata;
  const entry = rowOf(state.tenants, tenantId, streamId);
  const next = ledgerEntryAfter(entry, envelope);
  return next === entry || next === undefined
    ? state
    : { tenants: withRow(state.tenants, tenantId, streamId, next) };
};

/** The ledger holding `entries` (tenant, invoice stream id, entry), built in one pass. */
export const ledgerStateOf = (entries: Iterable<PlacedRow<LedgerEntry>>): LedgerState => ({
  tenants: tenantTablesOf(entries),
});

/**
 * The invoice ledger: every issued invoice of every tenant, with what was invoiced, paid and
 * credited and when, its due date, status, reminders, promises, hold and arrangement. Payment
 * behaviour, aging, DSO and the call sheet are functions of this state.
 */
export const invoiceLedger: Projection<LedgerState> = {
  name: 'invoice-ledger',
  initialState: initialLedgerState,
  apply: applyToLedger,
};

/** The tenant's invoices, in the ledger's stable order. */
export const ledgerEntries = (state: LedgerState, tenantId: TenantId): readonly LedgerEntry[] =>
  rowsOf(state.tenants, tenantId);

/** Every tenant with an invoice in the ledger. */
export const ledgerTenants = (state: LedgerState): readonly TenantId[] =>
  tenantIdsOf(state.tenants);
