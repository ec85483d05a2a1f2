import { CalendarDate } from '../shared/calendar-date';
import { Currency, Money, zero } from '../shared/money';
import { TenantId } from '../shared/ids';
import { ledgerEntries } from './invoice-ledger';
import { daysPastDue, receivableOn } from './invoice-ledger.queries';
import { LedgerState } from './invoice-ledger.state';
import { plus } from './report-money';

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

const emptySection = (currency: Currency): AgingByCurrency => ({
  currency,
  buckets: AGING_BUCKETS.map((bucket) => ({ bucket, amount: zero(currency), count: 0 })),
  total: zero(currency),
  count: 0,
});

const addTo = (section: AgingByCurrency, bucket: AgingBucket, amount: Money): AgingByCurrency => ({
  ...section,
  buckets: section.buckets.map((line) =>
    line.bucket === bucket
      ? { ...line, amount: plus(line.amount, amount), count: line.count + 1 }
      : line,
  ),
  total: plus(section.total, amount),
  count: section.count + 1,
});

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
  const sections = new Map<Currency, AgingByCurrency>();
  for (const entry of ledgerEntries(state, tenantId)) {
    const receivable = receivableOn(entry, today);
    if (receivable.amount <= 0) continue;
    const section = sections.get(receivable.currency) ?? emptySection(receivable.currency);
    sections.set(
      receivable.currency,
      addTo(section, agingBucketOf(daysPastDue(entry, today)), receivable),
    );
  }
  return {
    tenantId,
    asOf: today,
    currencies: [...sections.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
  };
};
