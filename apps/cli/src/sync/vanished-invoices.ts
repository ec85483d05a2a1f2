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
