import { prescriptionDate } from '../dutch-rules';
import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import { invoiceStreamId } from '../envelope/stream-id';
import { isWrittenInterruption } from '../invoice/invoice.prescription';
import { CalendarDate, daysBetween, maxDate } from '../shared/calendar-date';
import { DebtorId, InvoiceId, TenantId } from '../shared/ids';
import { Money } from '../shared/money';
import { NonEmptyText } from '../shared/text';
import { BucketedTable, emptyTable, tableGet, tableSet } from './bucketed-table';
import { debtorContact } from './debtor-directory';
import { ledgerEntries } from './invoice-ledger';
import { isOpenItem } from './invoice-ledger.queries';
import { LedgerEntry } from './invoice-ledger.state';
import { Projection } from './projection';
import { applyToReports, initialReportsState, ReportsState } from './reports-projection';
import { invoiceEventOf } from './report-events';

/**
 * Per tenant, per invoice stream, the date of the latest written reminder that interrupted
 * prescription (see `isWrittenInterruption`). A fold of maxima: a redelivered event changes
 * nothing, so it needs no version.
 */
export interface InterruptionsState {
  readonly tenants: Readonly<Record<string, BucketedTable<CalendarDate>>>;
}

export const initialInterruptionsState: InterruptionsState = { tenants: {} };

/** Folds one recorded event: a qualifying `ReminderSent` moves its invoice's date forward. */
export const applyToInterruptions = (
  state: InterruptionsState,
  envelope: EventEnvelope<DomainEvent>,
): InterruptionsState => {
  const event = invoiceEventOf(envelope);
  if (event === null || event.type !== 'ReminderSent' || !isWrittenInterruption(event.data)) {
    return state;
  }
  const { tenantId, streamId } = envelope.metadata;
  const table = state.tenants[tenantId] ?? emptyTable;
  const known = tableGet(table, streamId);
  const latest = known === undefined ? event.data.sentOn : maxDate(known, event.data.sentOn);
  return latest === known
    ? state
    : { tenants: { ...state.tenants, [tenantId]: tableSet(table, streamId, latest) } };
};

/** The reports' state with the prescription watch beside it: one fold, one checkpoint. */
export interface WatchedReportsState extends ReportsState {
  readonly interruptions: InterruptionsState;
}

export const initialWatchedReportsState: WatchedReportsState = {
  ...initialReportsState,
  interruptions: initialInterruptionsState,
};

const applyToWatchedReports = (
  state: WatchedReportsState,
  envelope: EventEnvelope<DomainEvent>,
): WatchedReportsState => {
  const reports = applyToReports(state, envelope);
  const interruptions = applyToInterruptions(state.interruptions, envelope);
  return reports === state && interruptions === state.interruptions
    ? state
    : { ledger: reports.ledger, debtors: reports.debtors, interruptions };
};

/**
 * The reports projection plus the prescription watch, as the API's read model folds it. It
 * keeps the name `reports`: a state saved before the watch existed has no `interruptions`
 * (see `isWatchedReportsState`) and is rebuilt from the first event.
 */
export const watchedReportsProjection: Projection<WatchedReportsState> = {
  name: 'reports',
  initialState: initialWatchedReportsState,
  apply: applyToWatchedReports,
};

/** True for a saved state that has the watch beside the reports (not one saved before it). */
export const isWatchedReportsState = (json: unknown): json is WatchedReportsState =>
  typeof json === 'object' &&
  json !== null &&
  'ledger' in json &&
  'debtors' in json &&
  'interruptions' in json;

/** Where an open invoice stands towards prescription. */
export interface PrescriptionStanding {
  /** The latest written reminder that interrupted prescription; null when none did. */
  readonly lastInterruption: CalendarDate | null;
  readonly prescriptionDate: CalendarDate;
}

/**
 * An invoice's prescription date from the ledger, the directory (a consumer debtor's
 * invoice is taken as a consumer purchase: two years) and the watch; without the watch, as
 * if nothing interrupted (the earliest date: never too late).
 */
export const prescriptionStandingOf = (
  state: ReportsState & { readonly interruptions?: InterruptionsState },
  entry: LedgerEntry,
): PrescriptionStanding => {
  const table = state.interruptions?.tenants[entry.tenantId] ?? emptyTable;
  const lastInterruption =
    tableGet(table, invoiceStreamId(entry.tenantId, entry.invoiceId)) ?? null;
  const kind = debtorContact(state.debtors, entry.tenantId, entry.debtorId)?.kind ?? null;
  return {
    lastInterruption,
    prescriptionDate: prescriptionDate({
      claimDueDate: entry.dueDate,
      consumerPurchase: kind === 'consumer',
      lastInterruption,
    }),
  };
};

/** One open case on the prescription report. */
export interface PrescriptionCase extends PrescriptionStanding {
  readonly invoiceId: InvoiceId;
  readonly number: NonEmptyText;
  readonly debtorId: DebtorId;
  readonly dueDate: CalendarDate;
  readonly outstanding: Money;
  readonly status: 'open' | 'handed-over';
  /** Days from the report date to the prescription date; 0 or less: prescribed. */
  readonly daysLeft: number;
}

export interface PrescriptionReport {
  readonly tenantId: TenantId;
  readonly asOf: CalendarDate;
  readonly withinDays: number;
  /** Soonest first; cases already prescribed lead the list. */
  readonly cases: readonly PrescriptionCase[];
}

export const DEFAULT_PRESCRIPTION_WITHIN_DAYS = 180;

/**
 * The tenant's open cases (open or handed over, something still owed) whose claim
 * prescribes within `withinDays` of `today`, or already has: so an old case is never lost
 * to time. Soonest first, then by invoice id.
 */
export const prescriptionReport = (
  state: ReportsState & { readonly interruptions?: InterruptionsState },
  tenantId: TenantId,
  today: CalendarDate,
  withinDays: number = DEFAULT_PRESCRIPTION_WITHIN_DAYS,
): PrescriptionReport => {
  const cases = ledgerEntries(state.ledger, tenantId)
    .filter(isOpenItem)
    .map((entry): PrescriptionCase => {
      const standing = prescriptionStandingOf(state, entry);
      return {
        invoiceId: entry.invoiceId,
        number: entry.number,
        debtorId: entry.debtorId,
        dueDate: entry.dueDate,
        outstanding: entry.outstanding,
        status: entry.status === 'handed-over' ? 'handed-over' : 'open',
        ...standing,
        daysLeft: daysBetween(today, standing.prescriptionDate),
      };
    })
    .filter((c) => c.daysLeft <= withinDays)
    .sort(
      (a, b) =>
        a.daysLeft - b.daysLeft ||
        (a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0),
    );
  return { tenantId, asOf: today, withinDays, cases };
};
