import { prescriptionDate } from '../dutch-rules';
import { CalendarDate, daysBetween } from '../shared/calendar-date';
import { DebtorId, InvoiceId, TenantId } from '../shared/ids';
import { Money } from '../shared/money';
import { NonEmptyText } from '../shared/text';
import { debtorContact } from './debtor-directory';
import { ledgerEntries } from './invoice-ledger';
import { isOpenItem, outstandingOf } from './invoice-ledger.queries';
import { LedgerEntry } from './invoice-ledger.state';
import { ReportsState } from './reports-projection';

/** Where an open invoice stands towards prescription. */
export interface PrescriptionStanding {
  /** The latest written reminder that interrupted prescription; null when none did. */
  readonly lastInterruption: CalendarDate | null;
  readonly prescriptionDate: CalendarDate;
}

/**
 * An invoice's prescription date from its ledger entry (due date, latest written
 * interruption) and the directory: a consumer debtor's invoice is taken as a consumer
 * purchase (two years), an unknown debtor as a business.
 */
export const prescriptionStandingOf = (
  state: ReportsState,
  entry: LedgerEntry,
): PrescriptionStanding => {
  const { lastInterruption } = entry;
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
  state: ReportsState,
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
        outstanding: outstandingOf(entry),
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
