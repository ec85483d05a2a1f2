import { addDays, CalendarDate, daysBetween } from '../shared/calendar-date';
import { monthOfIso, yearOfIso } from '../shared/day-number';
import { Currency, MinorUnits, Money } from '../shared/money';
import { TenantId } from '../shared/ids';
import { ledgerEntries } from './invoice-ledger';
import { receivableAmountOn } from './invoice-ledger.queries';
import { LedgerEntry, LedgerState } from './invoice-ledger.state';
import { monthsBefore } from './report-dates';
import { round2 } from './report-statistics';

export const DEFAULT_DSO_PERIOD_DAYS = 90;

/**
 * Days sales outstanding of one currency's receivables, in days rounded to two decimals;
 * a figure is null when there were no credit sales in the period to divide by.
 */
export interface DsoByCurrency {
  readonly currency: Currency;
  /** Everything receivable at the end of `asOf` (see `receivableOn`). */
  readonly receivables: Money;
  /** The part of the receivables not yet past due on `asOf`. */
  readonly currentReceivables: Money;
  /** The amounts of the invoices issued in the period: every invoice is a credit sale. */
  readonly creditSales: Money;
  /** Standard DSO = receivables / credit sales × period days. */
  readonly dso: number | null;
  /**
   * Count-back DSO: walk back from `asOf` one calendar month at a time, taking each month's
   * credit sales out of the receivables while they last; every fully consumed month adds its
   * days, the month that exhausts the receivables adds the consumed fraction of its days.
   * 0 when nothing is receivable.
   */
  readonly countBackDso: number | null;
  /** Best-possible DSO = current (not yet due) receivables / credit sales × period days. */
  readonly bestPossibleDso: number | null;
  /** Average days delinquent = DSO − best-possible DSO: the days lost to late payment. */
  readonly averageDaysDelinquent: number | null;
}

export interface DsoReport {
  readonly tenantId: TenantId;
  readonly asOf: CalendarDate;
  readonly periodDays: number;
  /** The first day of the period, which runs through `asOf` inclusive. */
  readonly periodStart: CalendarDate;
  /** One section per currency with receivables or sales, in currency-code order. */
  readonly currencies: readonly DsoByCurrency[];
}

/** A date's calendar month as a count of months (year × 12 + month). */
const monthNumberOf = (date: CalendarDate): number => yearOfIso(date) * 12 + monthOfIso(date);

/**
 * Each sale's amount summed into the count-back month it falls in: month k (from 1) runs
 * from the day after `monthsBefore(asOf, k)` through `monthsBefore(asOf, k - 1)`. A sale lies
 * in the month its calendar-month distance from `asOf` says, or the one before when it falls
 * on or before that month's boundary; one pass, each boundary computed once.
 */
const salesByCountBackMonth = (
  sales: readonly LedgerEntry[],
  asOf: CalendarDate,
  boundary: (k: number) => CalendarDate,
): number[] => {
  const sums: number[] = [];
  const asOfMonth = monthNumberOf(asOf);
  for (const sale of sales) {
    let k = Math.max(1, asOfMonth - monthNumberOf(sale.issueDate));
    while (sale.issueDate <= boundary(k)) k += 1;
    sums[k] = (sums[k] ?? 0) + sale.amount;
  }
  return sums;
};

const countBack = (
  receivables: number,
  sales: readonly LedgerEntry[],
  asOf: CalendarDate,
): number => {
  const earliest = sales.reduce<CalendarDate>(
    (min, e) => (e.issueDate < min ? e.issueDate : min),
    asOf,
  );
  const boundaries: CalendarDate[] = [];
  const boundary = (k: number): CalendarDate => (boundaries[k] ??= monthsBefore(asOf, k));
  const monthlySales = salesByCountBackMonth(sales, asOf, boundary);
  let remaining = receivables;
  let days = 0;
  for (let k = 1; remaining > 0; k += 1) {
    const through = boundary(k - 1);
    const after = boundary(k);
    // Receivables beyond every sale ever made cannot be placed; stop at the first sale.
    if (through < earliest) return days;
    const monthDays = daysBetween(after, through);
    const monthSales = monthlySales[k] ?? 0;
    if (remaining <= monthSales) return days + (remaining / monthSales) * monthDays;
    remaining -= monthSales;
    days += monthDays;
  }
  return days;
};

/**
 * One currency's section: its invoices issued by `asOf` walked once, summing what is
 * receivable, the part not yet past due, and the credit sales of the period.
 */
const sectionOf = (
  currency: Currency,
  entries: readonly LedgerEntry[],
  asOf: CalendarDate,
  periodDays: number,
  periodStart: CalendarDate,
): DsoByCurrency => {
  const inCurrency: LedgerEntry[] = [];
  let receivables = 0;
  let currentReceivables = 0;
  let creditSales = 0;
  for (const entry of entries) {
    if (entry.currency !== currency || entry.issueDate > asOf) continue;
    inCurrency.push(entry);
    const receivable = receivableAmountOn(entry, asOf);
    receivables += receivable;
    // Not yet past due (`daysPastDue` ≤ 0): ISO dates compare as strings.
    if (entry.dueDate >= asOf) currentReceivables += receivable;
    if (entry.issueDate >= periodStart) creditSales += entry.amount;
  }
  const money = (amount: number): Money => ({ amount: amount as MinorUnits, currency });
  const perSales = (amount: number): number | null =>
    creditSales === 0 ? null : round2((amount / creditSales) * periodDays);
  const dso = perSales(receivables);
  const bestPossibleDso = perSales(currentReceivables);
  return {
    currency,
    receivables: money(receivables),
    currentReceivables: money(currentReceivables),
    creditSales: money(creditSales),
    dso,
    countBackDso: round2(countBack(receivables, inCurrency, asOf)),
    bestPossibleDso,
    averageDaysDelinquent:
      dso === null || bestPossibleDso === null ? null : round2(dso - bestPossibleDso),
  };
};

const hasFigures = (section: DsoByCurrency): boolean =>
  section.receivables.amount > 0 || section.creditSales.amount > 0;

/**
 * The tenant's days sales outstanding at the end of `asOf`, over the `periodDays` days that
 * end on `asOf` (default 90; at least 1), per currency: standard, count-back and best-possible DSO and
 * the average days delinquent, as documented on `DsoByCurrency`.
 */
export const dsoReport = (
  state: LedgerState,
  tenantId: TenantId,
  asOf: CalendarDate,
  periodDays: number = DEFAULT_DSO_PERIOD_DAYS,
): DsoReport => {
  const days = Math.max(1, Math.trunc(periodDays));
  const entries = ledgerEntries(state, tenantId);
  const periodStart = addDays(asOf, -(days - 1));
  const currencies = [...new Set(entries.map((e) => e.currency))].sort();
  return {
    tenantId,
    asOf,
    periodDays: days,
    periodStart,
    currencies: currencies
      .map((currency) => sectionOf(currency, entries, asOf, days, periodStart))
      .filter(hasFigures),
  };
};
