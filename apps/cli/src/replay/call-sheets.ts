import {
  CalendarDate,
  CallSheet,
  callSheetOf,
  DebtorId,
  isOpenItem,
  LedgerEntry,
  ledgerEntries,
  ReportsState,
  debtorShareOf,
  tenantRevenueOf,
  TenantId,
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
 * debtor's own invoices, with the revenue share (`debtorShareOf`) against the tenant's
 * revenue taken once per tenant (`tenantRevenueOf`).
 */
export const callSheets = (
  state: ReportsState,
  tenantId: TenantId,
  today: CalendarDate,
): readonly CallSheet[] => {
  const entries = ledgerEntries(state.ledger, tenantId);
  const revenue = tenantRevenueOf(entries, today);
  return [...byDebtor(entries).entries()]
    .filter(([, own]) => own.some(isOpenItem))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([debtorId, own]) =>
      callSheetOf(
        state,
        { tenantId, debtorId, entries: own },
        revenue === null ? null : debtorShareOf(revenue, own),
        today,
      ),
    );
};
