import { DomainEvent, EventEnvelope, EventMetadata } from '../envelope/event-envelope';
import { InvoiceEvent } from '../invoice/invoice.events';
import { TenantId } from '../shared/ids';
import { BucketedTable, emptyTable, tableGet, tableSet, tableValues } from './bucketed-table';
import { evolveEntry, openedEntry } from './invoice-ledger.evolve';
import { LedgerEntry, LedgerState } from './invoice-ledger.state';
import { Projection } from './projection';
import { invoiceEventOf } from './report-events';

export const initialLedgerState: LedgerState = { tenants: {} };

const tableOf = (state: LedgerState, tenantId: string): BucketedTable<LedgerEntry> =>
  state.tenants[tenantId] ?? emptyTable;

const nextEntry = (
  entry: LedgerEntry | undefined,
  event: InvoiceEvent,
  metadata: EventMetadata,
): LedgerEntry | null => {
  if (entry === undefined) return event.type === 'Issued' ? openedEntry(event, metadata) : null;
  if (metadata.streamVersion <= entry.version) return null;
  return { ...evolveEntry(entry, event), version: metadata.streamVersion };
};

/**
 * Folds one recorded event into the ledger. An invoice enters with its `Issued` event;
 * events of streams it does not know, of other categories, and events redelivered at or below
 * the version already folded leave the ledger as it is, so the fold is safe to resume.
 */
export const applyToLedger = (
  state: LedgerState,
  envelope: EventEnvelope<DomainEvent>,
): LedgerState => {
  const event = invoiceEventOf(envelope);
  if (event === null) return state;
  const { tenantId, streamId } = envelope.metadata;
  const table = tableOf(state, tenantId);
  const next = nextEntry(tableGet(table, streamId), event, envelope.metadata);
  return next === null
    ? state
    : { tenants: { ...state.tenants, [tenantId]: tableSet(table, streamId, next) } };
};

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
  tableValues(tableOf(state, tenantId));
