import { CalendarDate, compareDates, isInvoiceTerminal } from '@debiteur/core';
import * as E from 'fp-ts/Either';
import { isNonEmpty } from 'fp-ts/ReadonlyArray';
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
 * the one with the row's invoice date when only one has it; else, as an open item is still
 * being collected, the one open or handed-over invoice, a closed one being left out. With
 * several still being collected the row could be about any of them and is refused; with
 * none, it is matched with the most recently issued, as a single closed invoice would be
 * (reconciling a closed invoice records nothing).
 */
export const invoiceForRow = (
  invoices: ReadonlyNonEmptyArray<KnownInvoice>,
  issueDate: CalendarDate,
): E.Either<NumberHeldByInvoices, KnownInvoice> => {
  const sameDate = invoices.filter((invoice) => invoice.state.issueDate === issueDate);
  const [dated, ...alsoDated] = sameDate;
  if (dated !== undefined && alsoDated.length === 0) return E.right(dated);
  const candidates = isNonEmpty(sameDate) ? sameDate : invoices;
  const [collected, ...others] = candidates.filter(stillCollected);
  if (collected === undefined) return E.right(mostRecentlyIssued(candidates));
  if (others.length === 0) return E.right(collected);
  return E.left({
    _tag: 'NumberHeldByInvoices',
    invoiceIds: [collected, ...others].map((invoice) => invoice.invoiceId),
  });
};
