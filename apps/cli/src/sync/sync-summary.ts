import { formatMoney, Money } from '@debiteur/core';
import { SyncOutcome } from './apply-open-items';
import { MissingNumberOutcome, RowProblem, RowWarning } from './open-items.types';

/** Minor units of a currency as the amount people read, e.g. `EUR 12.50`, `JPY 1500`. */
const amountIn = (currency: string, minor: number): string =>
  formatMoney({ amount: minor, currency } as Money);

/** The reason of a rejected row in words, for the operator who fixes the export. */
export const describeProblem = (problem: RowProblem): string => {
  switch (problem._tag) {
    case 'MalformedRow':
      return `the row is not valid CSV (${problem.detail})`;
    case 'MissingField':
      return `${problem.field} is empty`;
    case 'InvalidId':
      return `${problem.field} "${problem.value}" is not a valid id (letters, digits, -_.: only)`;
    case 'InvalidDate':
      return `${problem.field} "${problem.value}" is not a date (YYYY-MM-DD or DD-MM-YYYY)`;
    case 'InvalidAmount':
      return `${problem.field} "${problem.value}" is not an amount`;
    case 'InvalidTerm':
      return `payment_term_days "${problem.value}" is not a whole number of days`;
    case 'InvalidCurrency':
      return `currency "${problem.value}" is not an ISO code such as EUR`;
    case 'InvalidDebtorKind':
      return `debtor_kind "${problem.value}" is neither business nor consumer`;
    case 'CurrencyMismatch':
      return `currency ${problem.actual} differs from ${problem.expected}`;
    case 'NonPositiveAmount':
      return `amount "${problem.value}" is not positive (credit notes are not synced)`;
    case 'NegativeOpenAmount':
      return `open_amount "${problem.value}" is negative`;
    case 'OpenAmountAboveAmount':
      return `open amount ${amountIn(problem.currency, problem.open)} exceeds the amount ${amountIn(problem.currency, problem.amount)}`;
    case 'DueBeforeIssue':
      return `due date ${problem.dueDate} lies before the invoice date ${problem.issueDate}`;
    case 'IssueDateInFuture':
      return `invoice date ${problem.issueDate} lies after ${problem.today}, the date of the sync (--now); an open item cannot be issued in the future`;
    case 'DuplicateInvoiceNumber':
      return problem.firstRowRejectedAs === null
        ? `the invoice number was already on row ${problem.firstRow}`
        : `the invoice number was already on row ${problem.firstRow}, which was rejected (${problem.firstRowRejectedAs}); with two rows for one invoice neither is applied: correct row ${problem.firstRow} or remove one of them`;
    case 'DebtorMismatch':
      return `the invoice belongs to debtor ${problem.stored}, not ${problem.inFile}`;
    case 'NumberHeldByInvoices':
      return `${problem.invoiceIds.length} invoices in Debiteur carry this number (${problem.invoiceIds.join(', ')}), so the sync cannot tell which one the row is; none of them is changed or taken as vanished`;
    case 'OpenAmountAboveOutstanding':
      return `open amount ${amountIn(problem.currency, problem.open)} exceeds the ${amountIn(problem.currency, problem.outstanding)} still outstanding; a sync never raises what is owed`;
    case 'CommandRejected':
      return `${problem.command} was refused (${problem.error})`;
    case 'ChangedDuringSync':
      return `the invoice changed while the sync ran (version ${problem.versionSeen} read, ${problem.currentVersion} now), so ${problem.command} was not recorded; sync the file again`;
  }
};

/** What becomes of a stored invoice a case variant in the file does not match, in words. */
const missingNumberOutcome = (other: string, outcome: MissingNumberOutcome): string => {
  switch (outcome) {
    case 'settledAsVanished':
      return `${other} is taken as vanished and settled in full (unless a line below says it was not settled)`;
    case 'notOpen':
      return `${other} is not open in Debiteur (settled, handed over or written off) and is left as it is`;
    case 'settlementSkipped':
      return `${other} stays open, as this run settles no vanished invoice (the file is incomplete)`;
  }
};

/** A warning in words: what the operator may want to check in the accounting package. */
export const describeWarning = (warning: RowWarning): string => {
  switch (warning._tag) {
    case 'CaseVariantNumber':
      return warning.otherRow === null
        ? `the invoice number differs only in case from ${warning.other}, which Debiteur holds and the file does not list: it is issued as another invoice, and ${missingNumberOutcome(warning.other, warning.otherInStore)}`
        : `the invoice number differs only in case from ${warning.other} on row ${warning.otherRow}; they are taken as two invoices`;
    case 'IssueDateDiffers':
      return `the invoice date ${warning.inFile} differs from ${warning.stored}, the date Debiteur holds; an invoice date is never changed, so Debiteur keeps ${warning.stored} (the rest of the row is applied)`;
  }
};

/** The one-line summary on stdout: the counts in a fixed order, warnings among them. */
export const summaryLine = (outcome: SyncOutcome): string => {
  const { counts } = outcome;
  return [
    `issued ${counts.issued}`,
    `adjusted ${counts.adjusted}`,
    `paid ${counts.paid}`,
    `settled ${counts.settled}`,
    `unchanged ${counts.unchanged}`,
    `rejected ${counts.rejected}`,
    `warnings ${outcome.warnings.length}`,
    `debtors registered ${counts.debtorsRegistered}`,
  ].join(', ');
};

/**
 * The lines for stderr: every rejected row, every warning (marked so, for they reject
 * nothing), every unsettled invoice, and a skipped settlement.
 */
export const problemLines = (outcome: SyncOutcome): string[] => [
  ...outcome.rejected.map(
    (rejected) =>
      `row ${rejected.row}${rejected.invoiceNumber === null ? '' : ` (${rejected.invoiceNumber})`}: ${rejected.problem._tag}: ${describeProblem(rejected.problem)}`,
  ),
  ...outcome.warnings.map(
    (warned) =>
      `warning: row ${warned.row} (${warned.invoiceNumber}): ${warned.warning._tag}: ${describeWarning(warned.warning)}`,
  ),
  ...outcome.unsettled.map(
    (unsettled) =>
      `${unsettled.invoiceNumber}${unsettled.invoiceId === unsettled.invoiceNumber ? '' : ` (${unsettled.invoiceId})`}: missing from the file but not settled: ${describeProblem(unsettled.problem)}`,
  ),
  ...(outcome.vanishedSkipped
    ? [
        'some rows had no readable invoice number: invoices missing from the file were NOT settled; fix the file and sync again',
      ]
    : []),
];

/** The `--json` form: the counts plus every rejection and warning with its tag and words. */
export const summaryJson = (
  outcome: SyncOutcome,
  run: { readonly tenant: string; readonly now: string; readonly file: string },
): string =>
  JSON.stringify({
    ...run,
    ...outcome.counts,
    rejectedRows: outcome.rejected.map((rejected) => ({
      ...rejected,
      reason: describeProblem(rejected.problem),
    })),
    warnings: outcome.warnings.map((warned) => ({
      ...warned,
      reason: describeWarning(warned.warning),
    })),
    unsettled: outcome.unsettled,
    vanishedSkipped: outcome.vanishedSkipped,
  });
