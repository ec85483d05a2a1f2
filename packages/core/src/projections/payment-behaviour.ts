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
import { mean, percentile, round2, weightedMean } from './report-statistics';

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

interface Settlement {
  readonly entry: LedgerEntry;
  readonly settledOn: CalendarDate;
}

const settlementOf = (entry: LedgerEntry): Settlement | null =>
  entry.status === 'settled' && entry.settledOn !== null && entry.paid > 0
    ? { entry, settledOn: entry.settledOn }
    : null;

/** The currency of the debtor's most recently issued invoice. */
/** The first of `entries` in `byIssueDate` order, or the last (`newest`); one pass, no sort. */
const extremeByIssueDate = (
  entries: readonly LedgerEntry[],
  newest: boolean,
): LedgerEntry | undefined => {
  let found: LedgerEntry | undefined;
  for (const entry of entries) {
    const order = found === undefined ? 0 : byIssueDate(entry, found);
    if (found === undefined || (newest ? order >= 0 : order < 0)) found = entry;
  }
  return found;
};

const currencyOf = (entries: readonly LedgerEntry[]): Currency | null =>
  extremeByIssueDate(entries, true)?.currency ?? null;

const oldestOpenItemOf = (entries: readonly LedgerEntry[]): OpenItemRef | null => {
  const oldest = extremeByIssueDate(entries.filter(isOpenItem), false);
  return oldest === undefined
    ? null
    : { invoiceId: oldest.invoiceId, issueDate: oldest.issueDate, dueDate: oldest.dueDate };
};

const isDefaulting = (
  entries: readonly LedgerEntry[],
  today: CalendarDate,
  rules: RatingRules,
): boolean =>
  entries.some(
    (e) =>
      e.status === 'handed-over' ||
      e.status === 'written-off' ||
      (isOpenItem(e) && daysPastDue(e, today) > rules.longOverdueDays),
  );

const sumOf = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

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
  const settled = entries.map(settlementOf).filter((s): s is Settlement => s !== null);
  const toPay = settled.map((s) => daysToPay(s.entry, s.settledOn));
  const late = settled.map((s) => daysLate(s.entry, s.settledOn));
  const currency = currencyOf(entries);
  const weighted = settled
    .filter((s) => s.entry.currency === currency)
    .map((s) => ({ value: daysToPay(s.entry, s.settledOn), weight: s.entry.amount }));
  const paidInvoices = settled.length;
  const perPaid = (n: number): number | null =>
    paidInvoices === 0 ? null : round2(n / paidInvoices);
  const onTimeRatio = perPaid(late.filter((d) => d === 0).length);
  const promisesKept = sumOf(entries.map((e) => e.promisesKept));
  const promisesBroken = sumOf(entries.map((e) => e.promisesBroken));
  const owed: MoneyByCurrency = entries
    .filter(isOpenItem)
    .reduce((totals, e) => addByCurrency(totals, outstandingOf(e)), {});
  return {
    debtorId,
    invoices: entries.length,
    paidInvoices,
    meanDaysToPay: mean(toPay),
    weightedMeanDaysToPay: weightedMean(weighted),
    medianDaysToPay: percentile(toPay, 50),
    p10DaysToPay: percentile(toPay, 10),
    p90DaysToPay: percentile(toPay, 90),
    meanDaysLate: mean(late),
    onTimeRatio,
    remindersPerPaidInvoice: perPaid(sumOf(settled.map((s) => remindersOf(s.entry)))),
    paidAfterDemand: settled.filter((s) => hadDemandLetterOn(s.entry)).length,
    promisesKept,
    promisesBroken,
    outstanding: currency === null ? null : totalIn(owed, currency),
    outstandingByCurrency: listByCurrency(owed),
    oldestOpenItem: oldestOpenItemOf(entries),
    rating: ratePayer(
      {
        defaulting: isDefaulting(entries, today, rules),
        paidInvoices,
        daysLate: late,
        onTimeRatio,
        promisesKept,
        promisesBroken,
        demandLetters: sumOf(settled.map((s) => demandLettersOf(s.entry))),
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
