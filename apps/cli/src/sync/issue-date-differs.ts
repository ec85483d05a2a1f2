import { addDays } from '@debiteur/core';
import { OpenItem, WarnedRow } from './open-items.types';
import { KnownInvoice } from './tenant-invoices';

/**
 * Warns of a row that dates a known invoice otherwise than the store: no event changes an
 * issue date, so the store's date stands and the rest of the row is applied as usual. When
 * the row gives a payment term, the due date Debiteur holds (for an open invoice: the term
 * counted from its own date) then differs from the package's too, and the warning names both.
 */
export const issueDateDiffers = (item: OpenItem, invoice: KnownInvoice): WarnedRow | null => {
  const stored = invoice.state.issueDate;
  if (item.issueDate === stored) return null;
  const byTerm =
    'paymentTermDays' in item.dueBy
      ? {
          paymentTermDays: item.dueBy.paymentTermDays,
          // An open invoice takes the row's term from its own date; any other keeps its terms.
          dueDateHeld:
            invoice.state.status === 'open'
              ? addDays(stored, item.dueBy.paymentTermDays)
              : invoice.state.dueDate,
          dueDateInFile: addDays(item.issueDate, item.dueBy.paymentTermDays),
        }
      : null;
  return {
    row: item.row,
    invoiceNumber: item.invoiceNumber,
    warning: { _tag: 'IssueDateDiffers', stored, inFile: item.issueDate, byTerm },
  };
};
