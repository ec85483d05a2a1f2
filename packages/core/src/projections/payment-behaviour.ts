import { CalendarDate, daysBetween } from '../shared/calendar-date';
import { Currency, Money } from '../shared/money';
import { DebtorId, InvoiceId, TenantId } from '../shared/ids';
import { ledgerEntries } from './invoice-ledger';
import {
  byIssueDate,
  daysPastDue,
  demandLettersOf,
  hadDemandLetterOn,
  isOpenItem,
  outstandingOf,
  remindersOf,
} from './invoice-ledger.queries';
import { LedgerEntry, LedgerState } from './invoice-ledger.state';
import { DEFAULT_RATING_RULES, PayerRating, ratePayer, RatingRules } from './payer-rating';
import { addByCurrency, listByCurrency, MoneyByCurrency, totalIn } from './report-money';
import { ascending, mean, percentileOfSorted, round2 } from './report-statistics';

export interface OpenItemRef {
  readonly invoiceId: InvoiceId;
  readonly issueDate: CalendarDate;
  readonly dueDate: CalendarDate;
}

/**
 * How a debtor pays (the `GET /debtors/:id/behaviour` contract; the scheduler's adaptive
 * timing reads `paidInvoices`, `meanDaysToPay`, `medianDaysToPay`, `p10DaysToPay`,
 * `p90DaysToPay` and `paidAfterDemand`).
 * Figures are null when there is nothing to average, and rounded to two decimals.
 */
export interface PaymentBehaviour {
  readonly debtorId: DebtorId;
  readonly invoices: number;
  /** Settled invoices towards which the debtor paid something (not those only credited away). */
  readonly paidInvoices: number;
  readonly meanDaysToPay: number | null;
  /** Weighted by invoice amount, over the paid invoices in the debtor's currency. */
  readonly weightedMeanDaysToPay: number | null;
  /** Nearest-rank median (see `percentile`): always a day count that occurred. */
  readonly medianDaysToPay: number | null;
  /** His fastest payments, nearest-rank like the median; with p90, how steady his habit is. */
  readonly p10DaysToPay: number | null;
  readonly p90DaysToPay: number | null;
  readonly meanDaysLate: number | null;
  /** Share of the paid invoices settled on or before their due date. */
  readonly onTimeRatio: number | null;
  /** Reminders of any kind sent on the paid invoices, per paid invoice. */
  readonly remindersPerPaidInvoice: number | null;
  /** Paid invoices paid only after a demand letter, or a firmer step, had gone out. */
  readonly paidAfterDemand: number;
  readonly promisesKept: number;
  readonly promisesBroken: number;
  /**
   * What is still owed on open and handed-over invoices, in the debtor's currency: that of
   * its most recently issued invoice. Null for a debtor without invoices. Amounts in other
   * currencies are never converted; `outstandingByCurrency` lists every currency.
   */
  readonly outstanding: Money | null;
  readonly outstandingByCurrency: readonly Money[];
  readonly oldestOpenItem: OpenItemRef | null;
  readonly rating: PayerRating;
}

/** Days from the issue date to the settling date; a prepayment counts as 0 days. */
const daysToPay = (entry: LedgerEntry, settledOn: CalendarDate): number =>
  Math.max(0, daysBetween(entry.issueDate, settledOn));

const daysLate = (entry: LedgerEntry, settledOn: CalendarDate): number =>
  Math.max(0, daysBetween(entry.dueDate, settledOn));

/** The date a paid invoice was settled on; null for one open, or only credited away. */
const paidSettlementOf = (entry: LedgerEntry): CalendarDate | null =>
  entry.status === 'settled' && entry.paid > 0 ? entry.settledOn : null;

/** The last of `entries` in `byIssueDate` order: the most recently issued; one pass, no sort. */
const newestByIssueDate = (entries: readonly LedgerEntry[]): LedgerEntry | undefined => {
  let newest: LedgerEntry | undefined;
  for (const entry of entries)
    if (newest === undefined || byIssueDate(entry, newest) >= 0) newest = entry;
  return newest;
};

/** Whether an entry alone makes its debtor a defaulter: handed over, written off or long overdue. */
const isDefaultingEntry = (entry: LedgerEntry, today: CalendarDate, rules: RatingRules): boolean =>
  entry.status === 'handed-over' ||
  entry.status === 'written-off' ||
  (isOpenItem(entry) && daysPastDue(entry, today) > rules.longOverdueDays);

/** What one walk over a debtor's entries gathers for `behaviourOf`, in entry order. */
interface Tally {
  /** Per paid invoice: days to pay and days late. */
  readonly toPay: number[];
  readonly late: number[];
  onTime: number;
  /** Σ amount and Σ amount × days to pay, over the paid invoices in `currency`. */
  weight: number;
  weightedDays: number;
  reminders: number;
  demandLetters: number;
  paidAfterDemand: number;
  promisesKept: number;
  promisesBroken: number;
  owed: MoneyByCurrency;
  oldestOpen: LedgerEntry | undefined;
  defaulting: boolean;
}

const tallyOf = (
  entries: readonly LedgerEntry[],
  currency: Currency | null,
  today: CalendarDate,
  rules: RatingRules,
): Tally => {
  const tally: Tally = {
    toPay: [],
    late: [],
    onTime: 0,
    weight: 0,
    weightedDays: 0,
    reminders: 0,
    demandLetters: 0,
    paidAfterDemand: 0,
    promisesKept: 0,
    promisesBroken: 0,
    owed: {},
    oldestOpen: undefined,
    defaulting: false,
  };
  for (const entry of entries) {
    tally.promisesKept += entry.promisesKept;
    tally.promisesBroken += entry.promisesBroken;
    tally.defaulting ||= isDefaultingEntry(entry, today, rules);
    if (isOpenItem(entry)) {
      tally.owed = addByCurrency(tally.owed, outstandingOf(entry));
      if (tally.oldestOpen === undefined || byIssueDate(entry, tally.oldestOpen) < 0)
        tally.oldestOpen = entry;
    }
    const settledOn = paidSettlementOf(entry);
    if (settledOn === null) continue;
    const days = daysToPay(entry, settledOn);
    const lateDays = daysLate(entry, settledOn);
    tally.toPay.push(days);
    tally.late.push(lateDays);
    if (lateDays === 0) tally.onTime += 1;
    if (entry.currency === currency) {
      tally.weight += entry.amount;
      tally.weightedDays += days * entry.amount;
    }
    tally.reminders += remindersOf(entry);
    tally.demandLetters += demandLettersOf(entry);
    if (hadDemandLetterOn(entry)) tally.paidAfterDemand += 1;
  }
  return tally;
};

const openItemRefOf = (entry: LedgerEntry | undefined): OpenItemRef | null =>
  entry === undefined
    ? null
    : { invoiceId: entry.invoiceId, issueDate: entry.issueDate, dueDate: entry.dueDate };

/**
 * The payment behaviour of one debtor from its invoices in the ledger. Days to pay run from
 * the issue date to the day the last payment or credit note left nothing owed; days late
 * from the (current) due date to that day, never below 0. `today` only decides whether an
 * open item is long overdue for the rating.
 */
export const behaviourOf = (
  debtorId: DebtorId,
  entries: readonly LedgerEntry[],
  today: CalendarDate,
  rules: RatingRules = DEFAULT_RATING_RULES,
): PaymentBehaviour => {
  // The currency of the debtor's most recently issued invoice.
  const currency = newestByIssueDate(entries)?.currency ?? null;
  const tally = tallyOf(entries, currency, today, rules);
  const paidInvoices = tally.toPay.length;
  const perPaid = (n: number): number | null =>
    paidInvoices === 0 ? null : round2(n / paidInvoices);
  const onTimeRatio = perPaid(tally.onTime);
  const toPaySorted = ascending(tally.toPay);
  return {
    debtorId,
    invoices: entries.length,
    paidInvoices,
    meanDaysToPay: mean(tally.toPay),
    weightedMeanDaysToPay: tally.weight === 0 ? null : round2(tally.weightedDays / tally.weight),
    medianDaysToPay: percentileOfSorted(toPaySorted, 50),
    p10DaysToPay: percentileOfSorted(toPaySorted, 10),
    p90DaysToPay: percentileOfSorted(toPaySorted, 90),
    meanDaysLate: mean(tally.late),
    onTimeRatio,
    remindersPerPaidInvoice: perPaid(tally.reminders),
    paidAfterDemand: tally.paidAfterDemand,
    promisesKept: tally.promisesKept,
    promisesBroken: tally.promisesBroken,
    outstanding: currency === null ? null : totalIn(tally.owed, currency),
    outstandingByCurrency: listByCurrency(tally.owed),
    oldestOpenItem: openItemRefOf(tally.oldestOpen),
    rating: ratePayer(
      {
        defaulting: tally.defaulting,
        paidInvoices,
        daysLate: tally.late,
        onTimeRatio,
        promisesKept: tally.promisesKept,
        promisesBroken: tally.promisesBroken,
        demandLetters: tally.demandLetters,
      },
      rules,
    ),
  };
};

/** A debtor's invoices in the tenant's ledger. */
export const debtorEntries = (
  state: LedgerState,
  tenantId: TenantId,
  debtorId: DebtorId,
): readonly LedgerEntry[] => ledgerEntries(state, tenantId).filter((e) => e.debtorId === debtorId);

/** The payment behaviour of one debtor of a tenant, as of `today` (see `behaviourOf`). */
export const paymentBehaviour = (
  state: LedgerState,
  tenantId: TenantId,
  debtorId: DebtorId,
  today: CalendarDate,
  rules: RatingRules = DEFAULT_RATING_RULES,
): PaymentBehaviour =>
  behaviourOf(debtorId, debtorEntries(state, tenantId, debtorId), today, rules);

/**
 * The payment behaviour of every debtor with invoices at the tenant, in debtor-id order: how
 * the system notices reliably late payers (story 4) without being asked about each one.
 */
export const paymentBehaviours = (
  state: LedgerState,
  tenantId: TenantId,
  today: CalendarDate,
  rules: RatingRules = DEFAULT_RATING_RULES,
): readonly PaymentBehaviour[] => {
  const byDebtor = new Map<DebtorId, LedgerEntry[]>();
  for (const entry of ledgerEntries(state, tenantId)) {
    const known = byDebtor.get(entry.debtorId);
    if (known === undefined) byDebtor.set(entry.debtorId, [entry]);
    else known.push(entry);
  }
  return [...byDebtor.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([debtorId, entries]) => behaviourOf(debtorId, entries, today, rules));
};
