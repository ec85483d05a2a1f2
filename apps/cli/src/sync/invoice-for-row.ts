import { compareDates, isInvoiceTerminal } from '@debiteur/core';
import * as E from 'fp-ts/Either';
import { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray';
import { RowProblem } from './open-items.types';
import { KnownInvoice } from './tenant-invoices';

type NumberHeldByInvoices = Extract<RowProblem, { readonly _tag: 'NumberHeldByInvoices' }>;

/** Settled and written-off invoices are closed: no open item is about them any more. */
const stillCollected = (invoice: KnownInvoice): boolean => !isInvoiceTerminal(invoice.state);

/** The later issue date wins; of two on one day, the one issued in Debiteur last. */
const mostRecentlyIssued = (invoices: ReadonlyNonEmptyArray<KnownInvoice>): KnownInvoice =>
  invoices.reduce((latest, invoice) =>
    compareDates(invoice.state.issueDate, latest.state.issueDate) >= 0 ? invoice : latest,
  );

/**
 * The invoice a row is about, of those carrying its number (in the order they were issued):
 * an open item is still being collected, so the one open or handed-over invoice is it, and a
 * closed one is left out. With several still being collected the row could be about any of
 * them and is refused; with none, it is matched with the most recently issued, as a single
 * closed invoice would be (reconciling a closed invoice records nothing).
 */
export const invoiceForRow = (
  invoices: ReadonlyNonEmptyArray<KnownInvoice>,
): E.Either<NumberHeldByInvoices, KnownInvoice> => {
  const [collected, ...others] = invoices.filter(stillCollected);
  if (collected === undefined) return E.right(mostRecentlyIssued(invoices));
  if (others.length === 0) return E.right(collected);
  return E.left({
    _tag: 'NumberHeldByInvoices',
    invoiceIds: [collected, ...others].map((invoice) => invoice.invoiceId),
  });
};
