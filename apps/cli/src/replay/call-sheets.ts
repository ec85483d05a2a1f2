import {
  CalendarDate,
  CallSheet,
  callSheet,
  DEFAULT_CALL_SHEET_OPTIONS,
  DebtorId,
  isOpenItem,
  LedgerEntry,
  LedgerState,
  ledgerEntries,
  ledgerStateOf,
  invoiceStreamId,
  ReportsState,
  revenueShareOf,
  TenantId,
  zero,
} from '@debiteur/core';

const byDebtor = (entries: readonly LedgerEntry[]): Map<DebtorId, LedgerEntry[]> => {
  const groups = new Map<DebtorId, LedgerEntry[]>();
  for (const entry of entries) {
    const known = groups.get(entry.debtorId);
    if (known === undefined) groups.set(entry.debtorId, [entry]);
    else known.push(entry);
  }
  return groups;
};

/** A ledger holding only one debtor's invoices, in the order the full ledger lists them. */
const ledgerOf = (tenantId: TenantId, entries: readonly LedgerEntry[]): LedgerState =>
  ledgerStateOf(entries.map((e) => [tenantId, invoiceStreamId(tenantId, e.invoiceId), e] as const));

/**
 * The call sheet of every debtor of the tenant with something open, in debtor-id order,
 * exactly as the core's `callSheet` gives it for each debtor over the whole ledger.
 *
 * `callSheet` reads the whole tenant ledger per debtor (for the revenue share), which is
 * quadratic over a large portfolio. So each sheet is computed over the debtor's own invoices,
 * and the revenue share is then set from the tenant's figures, taken once from the core's
 * `revenueShareOf`: the debtor's in-year invoicing in the tenant's main currency, over the
 * tenant's, to four decimals; important when at least `importantShare` of it.
 */
export const callSheets = (
  state: ReportsState,
  tenantId: TenantId,
  today: CalendarDate,
): readonly CallSheet[] => {
  const entries = ledgerEntries(state.ledger, tenantId);
  const tenantShare = revenueShareOf(entries, '' as DebtorId, today);
  const { importantShare } = DEFAULT_CALL_SHEET_OPTIONS;
  return [...byDebtor(entries).entries()]
    .filter(([, own]) => own.some(isOpenItem))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([debtorId, own]) => {
      const sheet = callSheet(
        { ledger: ledgerOf(tenantId, own), debtors: state.debtors },
        tenantId,
        debtorId,
        today,
      );
      if (tenantShare === null) return { ...sheet, revenueShare: null, importantCustomer: false };
      const { currency, from, through, tenantInvoiced } = tenantShare;
      const invoiced = own
        .filter((e) => e.currency === currency && e.issueDate >= from && e.issueDate <= through)
        .reduce((sum, e) => sum + e.amount, 0);
      const debtorInvoiced = { ...zero(currency), amount: invoiced } as typeof tenantInvoiced;
      return {
        ...sheet,
        revenueShare: {
          ...tenantShare,
          debtorInvoiced,
          share: Math.round((invoiced / tenantInvoiced.amount) * 10000) / 10000,
        },
        importantCustomer: invoiced >= importantShare * tenantInvoiced.amount,
      };
    });
};
