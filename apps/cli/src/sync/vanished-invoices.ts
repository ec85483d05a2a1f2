import { InvoiceId, isInvoiceTerminal, Money } from '@debiteur/core';
import { MissingNumberOutcome } from './open-items.types';
import { KnownInvoice, TenantInvoices } from './tenant-invoices';

/**
 * An invoice missing from a complete file is settled in full only while it is open with
 * something outstanding; a settled, handed-over or written-off one is left as it is.
 */
const settlesWhenVanished = (invoice: KnownInvoice): boolean =>
  invoice.state.status === 'open' && invoice.state.outstanding.amount > 0;

/**
 * The invoices a complete file settles by not listing them: every open one whose number the
 * file lacks, each of them when several carry that number.
 */
export const vanishedInvoices = (
  known: TenantInvoices,
  numbersInFile: ReadonlySet<string>,
): KnownInvoice[] =>
  [...known].flatMap(([number, invoices]) =>
    numbersInFile.has(number) ? [] : invoices.filter(settlesWhenVanished),
  );

/** An invoice a complete file lacks that Debiteur still collects, so the sync leaves it. */
export interface VanishedNotOpen {
  readonly invoiceNumber: string;
  readonly invoiceId: InvoiceId;
  readonly status: KnownInvoice['state']['status'];
  readonly outstanding: Money;
}

/**
 * The invoices a complete file lacks that are still being collected but not open (handed
 * over): the accounting package closed them, the sync does not settle them, and the analyst
 * records how the case was closed. Settled and written-off ones agree with the file.
 */
export const vanishedNotOpen = (
  known: TenantInvoices,
  numbersInFile: ReadonlySet<string>,
): VanishedNotOpen[] =>
  [...known].flatMap(([number, invoices]) =>
    numbersInFile.has(number)
      ? []
      : invoices
          .filter(({ state }) => state.status !== 'open' && !isInvoiceTerminal(state))
          .map(({ invoiceId, state }) => ({
            invoiceNumber: number,
            invoiceId,
            status: state.status,
            outstanding: state.outstanding,
          })),
  );

/**
 * What a run does with the invoices under a number the file lacks: it settles the open ones
 * as vanished, unless the file is incomplete (then none is settled), and leaves the others.
 */
export const outcomeOfMissingNumber = (
  invoices: readonly KnownInvoice[],
  fileComplete: boolean,
): MissingNumberOutcome =>
  !invoices.some(settlesWhenVanished)
    ? 'notOpen'
    : fileComplete
      ? 'settledAsVanished'
      : 'settlementSkipped';
