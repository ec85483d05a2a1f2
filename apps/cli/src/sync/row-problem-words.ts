import { formatMoney, Money } from '@debiteur/core';
import { RowProblem } from './open-items.types';

/** `row 3`, `rows 3, 7`. */
export const rowsNamed = (rows: readonly number[]): string =>
  `row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`;

type MalformedRow = Extract<RowProblem, { readonly _tag: 'MalformedRow' }>;

const linesOf = (problem: MalformedRow): string => `lines ${problem.firstLine}–${problem.lastLine}`;

/** A malformed row in words: what does not line up, and where in the file to look. */
const describeMalformed = (problem: MalformedRow): string => {
  const { detail } = problem;
  switch (detail._tag) {
    case 'FieldCount':
      return problem.lastLine > problem.firstLine
        ? `the row runs over ${linesOf(problem)} and has ${detail.fields} fields where the header has ${detail.headerFields}: a quote is probably left open, so the line(s) after it were read into this row`
        : `the row has ${detail.fields} fields where the header has ${detail.headerFields}, so its values cannot be matched with the columns${
            detail.decimalCommaAmounts
              ? '; with , as the separator, amounts with a decimal comma must be quoted ("1210,00") or the file saved with ; as separator'
              : ''
          }`;
    case 'RowInsideQuotes':
      return `the row runs over ${linesOf(problem)}, and line ${detail.line} reads as a row of its own: a quote is probably left open, so the lines were read as one row`;
    case 'QuoteNotClosed':
      return `a quote opened on this row is never closed, so the rest of the file (${linesOf(problem)}) was not read`;
    case 'InvalidCsv':
      return `the row is not valid CSV (${detail.code})`;
  }
};

/** Minor units of a currency as the amount people read, e.g. `EUR 12.50`, `JPY 1500`. */
const amountIn = (currency: string, minor: number): string =>
  formatMoney({ amount: minor, currency } as Money);

/** The reason of a rejected row in words, for the operator who fixes the export. */
export const describeProblem = (problem: RowProblem): string => {
  switch (problem._tag) {
    case 'MalformedRow':
      return describeMalformed(problem);
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
      return `the invoice number is also on ${rowsNamed(problem.otherRows)}${
        problem.alsoRejectedAs === null ? '' : ` (and this row is bad: ${problem.alsoRejectedAs})`
      }; with several rows for one invoice (an export per instalment or per ledger line?) none of them is applied and the invoice is not taken as vanished: export each invoice on one row`;
    case 'DebtorMismatch':
      return `the invoice belongs to debtor ${problem.stored}, not ${problem.inFile}`;
    case 'NumberHeldByInvoices':
      return `${problem.invoiceIds.length} invoices in Debiteur carry this number (${problem.invoiceIds.join(', ')}), so the sync cannot tell which one the row is; none of them is changed or taken as vanished`;
    case 'OpenAmountAboveOutstanding':
      return `open amount ${amountIn(problem.currency, problem.open)} exceeds the ${amountIn(problem.currency, problem.outstanding)} still outstanding; a sync never raises what is owed`;
    case 'DueBeforeIssueDateHeld':
      return `the file's due date ${problem.dueDate} lies before ${problem.issueDateHeld}, the invoice date Debiteur holds, so the terms were not changed; the rest of the row (its open amount) is applied as usual`;
    case 'CommandRejected':
      return `${problem.command} was refused (${problem.error})`;
    case 'ChangedDuringSync':
      return `the invoice changed while the sync ran (version ${problem.versionSeen} read, ${problem.currentVersion} now), so ${problem.command} was not recorded; sync the file again`;
  }
};
