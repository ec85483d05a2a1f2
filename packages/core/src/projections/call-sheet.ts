import { installmentDueAfterHolds, keepByOf } from '../invoice/invoice.queries';
import { addDays, CalendarDate } from '../shared/calendar-date';
import { Currency, Money, zero } from '../shared/money';
import { DebtorId, TenantId } from '../shared/ids';
import {
  ArrangementAgreement,
  CallSheet,
  CallSheetInvoice,
  HoldAgreement,
  PromiseAgreement,
  RevenueShare,
} from './call-sheet.types';
import { debtorContact } from './debtor-directory';
import { ledgerEntries } from './invoice-ledger';
import {
  byIssueDate,
  daysPastDue,
  demandLettersOf,
  holdStopsArrangement,
  invoicedOf,
  isOpenItem,
  outstandingOf,
} from './invoice-ledger.queries';
import { LedgerEntry } from './invoice-ledger.state';
import { DEFAULT_RATING_RULES, RatingRules } from './payer-rating';
import { behaviourOf } from './payment-behaviour';
import { monthsBefore } from './report-dates';
import { addByCurrency, listByCurrency, plus } from './report-money';
import { prescriptionStandingOf } from './prescription-report';
import { ReportsState } from './reports-projection';
import { round4 } from './report-statistics';

export interface CallSheetOptions {
  /** A debtor with at least this share (0–1) of the tenant's yearly revenue is important. */
  readonly importantShare: number;
  readonly ratingRules: RatingRules;
}

export const DEFAULT_CALL_SHEET_OPTIONS: CallSheetOptions = {
  importantShare: 0.1,
  ratingRules: DEFAULT_RATING_RULES,
};

const openInvoiceOf = (
  state: ReportsState,
  entry: LedgerEntry,
  today: CalendarDate,
): CallSheetInvoice => ({
  invoiceId: entry.invoiceId,
  number: entry.number,
  description: entry.description,
  issueDate: entry.issueDate,
  dueDate: entry.dueDate,
  daysPastDue: daysPastDue(entry, today),
  amount: invoicedOf(entry),
  outstanding: outstandingOf(entry),
  status: entry.status === 'handed-over' ? 'handed-over' : 'open',
  remindersSent: entry.reminders.reminder,
  demandLettersSent: demandLettersOf(entry),
  hold: entry.hold,
  ...prescriptionStandingOf(state, entry),
});

const promiseOf = ({ invoiceId, number, promise, hold }: LedgerEntry): PromiseAgreement[] =>
  promise === null ? [] : [{ invoiceId, number, ...promise, keepBy: keepByOf(promise, hold) }];

const arrangementOf = (entry: LedgerEntry): ArrangementAgreement[] => {
  const { invoiceId, number, arrangement } = entry;
  if (arrangement === null) return [];
  const { agreedOn, heldDays } = arrangement;
  const stopped = holdStopsArrangement(entry);
  const installments = arrangement.installments.map((installment) => ({
    ...installment,
    payBy: stopped ? null : installmentDueAfterHolds(arrangement, installment),
  }));
  return [{ invoiceId, number, agreedOn, heldDays, installments }];
};

const holdOf = ({ invoiceId, number, hold }: LedgerEntry): HoldAgreement[] =>
  hold === null ? [] : [{ invoiceId, number, ...hold }];

/** The currency most of the invoices are in; on a tie, the first in code order. */
const mainCurrency = (entries: readonly LedgerEntry[]): Currency | null => {
  const counts = new Map<Currency, number>();
  for (const e of entries) counts.set(e.currency, (counts.get(e.currency) ?? 0) + 1);
  return [...counts.entries()].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0]?.[0] ?? null;
};

const invoicedIn = (currency: Currency, entries: readonly LedgerEntry[]): Money =>
  entries
    .filter((e) => e.currency === currency)
    .reduce((t, e) => plus(t, invoicedOf(e)), zero(currency));

/** What the tenant invoiced in the twelve calendar months through a day, in its main currency. */
export interface TenantRevenue {
  readonly currency: Currency;
  /** The first day of the twelve months. */
  readonly from: CalendarDate;
  readonly through: CalendarDate;
  readonly tenantInvoiced: Money;
}

/**
 * The tenant's revenue of the twelve calendar months through `today`, in its main currency
 * (invoices in other currencies left out); null when it invoiced nothing in them.
 */
export const tenantRevenueOf = (
  tenantEntries: readonly LedgerEntry[],
  today: CalendarDate,
): TenantRevenue | null => {
  const from = addDays(monthsBefore(today, 12), 1);
  const inYear = tenantEntries.filter((e) => e.issueDate >= from && e.issueDate <= today);
  const currency = mainCurrency(inYear);
  if (currency === null) return null;
  const tenantInvoiced = invoicedIn(currency, inYear);
  return tenantInvoiced.amount <= 0 ? null : { currency, from, through: today, tenantInvoiced };
};

/** A debtor's share of the tenant's revenue, from the debtor's own entries. */
export const debtorShareOf = (
  revenue: TenantRevenue,
  debtorEntries: readonly LedgerEntry[],
): RevenueShare => {
  const { currency, from, through, tenantInvoiced } = revenue;
  const debtorInvoiced = invoicedIn(
    currency,
    debtorEntries.filter((e) => e.issueDate >= from && e.issueDate <= through),
  );
  const share = round4(debtorInvoiced.amount / tenantInvoiced.amount);
  return { currency, from, through, debtorInvoiced, tenantInvoiced, share };
};

/**
 * The debtor's share of what the tenant invoiced in the twelve calendar months through
 * `today`, in the tenant's main currency; invoices in other currencies are left out.
 */
export const revenueShareOf = (
  tenantEntries: readonly LedgerEntry[],
  debtorId: DebtorId,
  today: CalendarDate,
): RevenueShare | null => {
  const revenue = tenantRevenueOf(tenantEntries, today);
  return revenue === null
    ? null
    : debtorShareOf(
        revenue,
        tenantEntries.filter((e) => e.debtorId === debtorId),
      );
};

/**
 * The call sheet of one debtor as of `today` (story 8): contact, open invoices with what they
 * were for, total outstanding, creditworthiness, standing agreements, reminders and demand
 * letters sent on the open invoices, open disputes, and whether the debtor is an important
 * customer: one with at least `importantShare` of the tenant's revenue of the last year.
 * Each open invoice shows when it prescribes (see `prescriptionStandingOf`).
 */
export const callSheet = (
  state: ReportsState,
  tenantId: TenantId,
  debtorId: DebtorId,
  today: CalendarDate,
  options: Partial<CallSheetOptions> = {},
): CallSheet => {
  const tenantEntries = ledgerEntries(state.ledger, tenantId);
  return callSheetOf(
    state,
    { tenantId, debtorId, entries: tenantEntries.filter((e) => e.debtorId === debtorId) },
    revenueShareOf(tenantEntries, debtorId, today),
    today,
    options,
  );
};

/** One debtor's own ledger entries. */
export interface DebtorEntries {
  readonly tenantId: TenantId;
  readonly debtorId: DebtorId;
  readonly entries: readonly LedgerEntry[];
}

/**
 * `callSheet` from the debtor's own entries and revenue share (`revenueShareOf`), read only
 * for the directory from `state`: for a fold that has every debtor's entries at hand, so
 * that no sheet walks the whole tenant ledger.
 */
export const callSheetOf = (
  state: ReportsState,
  { tenantId, debtorId, entries }: DebtorEntries,
  revenueShare: RevenueShare | null,
  today: CalendarDate,
  options: Partial<CallSheetOptions> = {},
): CallSheet => {
  const { importantShare, ratingRules } = { ...DEFAULT_CALL_SHEET_OPTIONS, ...options };
  const open = entries.filter(isOpenItem).sort(byIssueDate);
  const openInvoices = open.map((e) => openInvoiceOf(state, e, today));
  return {
    tenantId,
    debtorId,
    asOf: today,
    contact: debtorContact(state.debtors, tenantId, debtorId),
    openInvoices,
    totalOutstanding: listByCurrency(open.reduce((t, e) => addByCurrency(t, outstandingOf(e)), {})),
    creditworthiness: behaviourOf(debtorId, entries, today, ratingRules),
    agreements: {
      promises: open.flatMap(promiseOf),
      arrangements: open.flatMap(arrangementOf),
      holds: open.flatMap(holdOf),
    },
    remindersSent: openInvoices.reduce((n, i) => n + i.remindersSent, 0),
    demandLettersSent: openInvoices.reduce((n, i) => n + i.demandLettersSent, 0),
    revenueShare,
    importantCustomer:
      revenueShare !== null &&
      revenueShare.debtorInvoiced.amount >= importantShare * revenueShare.tenantInvoiced.amount,
    openDisputes: open.flatMap(holdOf).filter((h) => h.reason === 'dispute'),
  };
};
