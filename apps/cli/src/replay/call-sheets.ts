import {
  CalendarDate,
  CallSheet,
  callSheetOf,
  DebtorId,
  isOpenItem,
  LedgerEntry,
  ledgerEntries,
  ReportsState,
  RevenueShare,
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

/**
 * The call sheet of every debtor of the tenant with something open, in debtor-id order,
 * exactly as the core's `callSheet` gives it for each debtor over the whole ledger.
 *
 * `callSheet` reads the whole tenant ledger per debtor (for the revenue share), which is
 * quadratic over a large portfolio. So each sheet is the core's `callSheetOf` over the
 * debtor's own invoices, with the revenue share from the tenant's figures taken once from
 * `revenueShareOf`: the debtor's in-year invoicing in the tenant's main currency, over the
 * tenant's, to four decimals.
 */
export const callSheets = (
  state: ReportsState,
  tenantId: TenantId,
  today: CalendarDate,
): readonly CallSheet[] => {
  const entries = ledgerEntries(state.ledger, tenantId);
  const tenantShare = revenueShareOf(entries, '' as DebtorId, today);
  const shareOf = (own: readonly LedgerEntry[]): RevenueShare | null => {
    if (tenantShare === null) return null;
    const { currency, from, through, tenantInvoiced } = tenantShare;
    const invoiced = own
      .filter((e) => e.currency === currency && e.issueDate >= from && e.issueDate <= through)
      .reduce((sum, e) => sum + e.amount, 0);
    return {
      ...tenantShare,
      debtorInvoiced: { ...zero(currency), amount: invoiced } as typeof tenantInvoiced,
      share: Math.round((invoiced / tenantInvoiced.amount) * 10000) / 10000,
    };
  };
  return [...byDebtor(entries).entries()]
    .filter(([, own]) => own.some(isOpenItem))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([debtorId, own]) =>
      callSheetOf(state, { tenantId, debtorId, entries: own }, shareOf(own), today),
    );
};
