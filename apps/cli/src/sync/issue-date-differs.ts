import { OpenItem, WarnedRow } from './open-items.types';
import { KnownInvoice } from './tenant-invoices';

/**
 * Warns of a row that dates a known invoice otherwise than the store: no event changes an
 * issue date, so the store's date stands and the rest of the row is applied as usual.
 */
export const issueDateDiffers = (item: OpenItem, invoice: KnownInvoice): WarnedRow | null =>
  item.issueDate === invoice.state.issueDate
    ? null
    : {
        row: item.row,
        invoiceNumber: item.invoiceNumber,
        warning: {
          _tag: 'IssueDateDiffers',
          stored: invoice.state.issueDate,
          inFile: item.issueDate,
        },
      };
