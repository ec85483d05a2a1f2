import { CalendarDate } from '../shared/calendar-date';
import { Currency, MinorUnits, Money } from '../shared/money';
import { TenantId } from '../shared/ids';
import { ledgerEntries } from './invoice-ledger';
import { daysPastDue, receivableAmountOn } from './invoice-ledger.queries';
import { LedgerState } from './invoice-ledger.state';

/** Days past due: 0 or less is not due; then 1–30, 31–60, 61–90, and more than 90. */
export type AgingBucket = 'not-due' | '1-30' | '31-60' | '61-90' | '90+';

export const AGING_BUCKETS: readonly AgingBucket[] = ['not-due', '1-30', '31-60', '61-90', '90+'];

export interface AgingLine {
  readonly bucket: AgingBucket;
  readonly amount: Money;
  /** Invoices with something receivable in this bucket. */
  readonly count: number;
}

/** The aging of one currency's receivables; currencies are never added together. */
export interface AgingByCurrency {
  readonly currency: Currency;
  readonly buckets: readonly AgingLine[];
  readonly total: Money;
  readonly count: number;
}

export interface AgingReport {
  readonly tenantId: TenantId;
  readonly asOf: CalendarDate;
  /** One section per currency with receivables, in currency-code order. */
  readonly currencies: readonly AgingByCurrency[];
}

/** The bucket of an invoice that is `days` past its due date. */
export const agingBucketOf = (days: number): AgingBucket => {
  if (days <= 0) return 'not-due';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
};

/** One currency's running sums while the ledger is walked: per bucket, amount and count. */
interface Tally {
  readonly amounts: number[];
  readonly counts: number[];
}

const sectionOf = (currency: Currency, { amounts, counts }: Tally): AgingByCurrency => {
  const money = (amount: number): Money => ({ amount: amount as MinorUnits, currency });
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return {
    currency,
    buckets: AGING_BUCKETS.map((bucket, n) => ({
      bucket,
      amount: money(amounts[n] ?? 0),
      count: counts[n] ?? 0,
    })),
    total: money(sum(amounts)),
    count: sum(counts),
  };
};

/**
 * The tenant's receivables at the end of `today`, bucketed by days past the current due
 * date (ouderdomsanalyse). Open and handed-over invoices count with what was still owed on
 * that date (see `receivableOn`); settled amounts and written-off invoices do not.
 */
export const agingReport = (
  state: LedgerState,
  tenantId: TenantId,
  today: CalendarDate,
): AgingReport => {
  // Sums kept in numbers and the sections built once at the end: the walk allocates nothing.
  const tallies = new Map<Currency, Tally>();
  for (const entry of ledgerEntries(state, tenantId)) {
    const receivable = receivableAmountOn(entry, today);
    if (receivable <= 0) continue;
    let tally = tallies.get(entry.currency);
    if (tally === undefined) {
      tally = { amounts: AGING_BUCKETS.map(() => 0), counts: AGING_BUCKETS.map(() => 0) };
      tallies.set(entry.currency, tally);
    }
    const n = AGING_BUCKETS.indexOf(agingBucketOf(daysPastDue(entry, today)));
    tally.amounts[n] = (tally.amounts[n] ?? 0) + receivable;
    tally.counts[n] = (tally.counts[n] ?? 0) + 1;
  }
  return {
    tenantId,
    asOf: today,
    currencies: [...tallies]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, tally]) => sectionOf(currency, tally)),
  };
};
