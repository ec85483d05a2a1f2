import { formatMoney } from '@debiteur/core';
import { SyncOutcome } from './apply-open-items';
import { MissingNumberOutcome, RejectedRow, RowWarning } from './open-items.types';
import { describeProblem, rowsNamed } from './row-problem-words';
import { VanishedNotOpen } from './vanished-invoices';

export { describeProblem };

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
      return `the invoice date ${warning.inFile} differs from ${warning.stored}, the date Debiteur holds; an invoice date is never changed, so Debiteur keeps ${warning.stored}${
        warning.byTerm === null
          ? ''
          : `, and with the term of ${warning.byTerm.paymentTermDays} days its due date ${warning.byTerm.dueDateHeld} differs from the accounting package's ${warning.byTerm.dueDateInFile}`
      } (the rest of the row is applied, unless the row is also reported as rejected)`;
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

/** The rows that make a file incomplete: malformed, or without an invoice number. */
const incompleteRows = (rejected: readonly RejectedRow[]): number[] =>
  rejected
    .filter((r) => r.problem._tag === 'MalformedRow' || r.invoiceNumber === null)
    .map((r) => r.row);

const leftAsItIs = (vanished: VanishedNotOpen): string =>
  `${vanished.invoiceNumber}${vanished.invoiceId === vanished.invoiceNumber ? '' : ` (${vanished.invoiceId})`}: missing from the file, but ${vanished.status === 'handed-over' ? 'handed over to collection' : vanished.status} in Debiteur with ${formatMoney(vanished.outstanding)} outstanding: not settled, as the sync settles only open invoices; record in Debiteur how the case was closed`;

/**
 * The lines for stderr: every rejected row, every warning (marked so, for they reject
 * nothing), every unsettled invoice, every vanished one left as it is, and a skipped
 * settlement with the rows that caused it.
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
  ...outcome.vanishedNotOpen.map(leftAsItIs),
  ...(outcome.vanishedSkipped
    ? [
        `the file is incomplete (${rowsNamed(incompleteRows(outcome.rejected))} malformed or without an invoice number), so invoices missing from it were NOT settled; fix the file and sync again`,
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
    vanishedNotOpen: outcome.vanishedNotOpen,
    vanishedSkipped: outcome.vanishedSkipped,
  });
