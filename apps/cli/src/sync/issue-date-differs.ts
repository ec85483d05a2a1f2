import { addDays } from '@debiteur/core';
import { OpenItem, WarnedRow } from './open-items.types';
import { KnownInvoice } from './tenant-invoices';

/**
 * Warns of a row that dates a known invoice otherwise than the store: no event changes an
 * issue date, so the store's date stands and the rest of the row is applied as usual. When
 * the row gives a payment term, the due date Debiteur counts from its own date then differs
 * from the package's too, and the warning names both.
 */
export const issueDateDiffers = (item: OpenItem, invoice: KnownInvoice): WarnedRow | null => {
  const stored = invoice.state.issueDate;
  if (item.issueDate === stored) return null;
  const byTerm =
    'paymentTermDays' in item.dueBy
      ? {
          paymentTermDays: item.dueBy.paymentTermDays,
          dueDateHeld: addDays(stored, item.dueBy.paymentTermDays),
          dueDateInFile: addDays(item.issueDate, item.dueBy.paymentTermDays),
        }
      : null;
  return {
    row: item.row,
    invoiceNumber: item.invoiceNumber,
    warning: { _tag: 'IssueDateDiffers', stored, inFile: item.issueDate, byTerm },
  };
};
