import {
  CalendarDate,
  Currency,
  DebtorId,
  DebtorKind,
  DueBy,
  Money,
  NonEmptyText,
} from '@debiteur/core';

/** The fields of an open-items file, by their canonical (English) column names. */
export type OpenItemField =
  | 'invoice_number'
  | 'debtor_id'
  | 'debtor_name'
  | 'invoice_date'
  | 'due_date'
  | 'payment_term_days'
  | 'amount'
  | 'open_amount'
  | 'currency'
  | 'description'
  | 'debtor_kind';

/** One open item as the accounting package reports it, checked and typed. */
export interface OpenItem {
  /** Where the row starts in the file; the header is row 1. */
  readonly row: number;
  readonly invoiceNumber: NonEmptyText;
  readonly debtorId: DebtorId;
  readonly debtorName: NonEmptyText;
  readonly debtorKind: DebtorKind;
  readonly issueDate: CalendarDate;
  readonly dueBy: DueBy;
  readonly amount: Money;
  readonly openAmount: Money;
  readonly description: string;
}

/** Why a record of the file cannot be taken apart into the header's columns. */
export type MalformedDetail =
  /** More or fewer fields than the header: its values would land in the wrong columns. */
  | {
      readonly _tag: 'FieldCount';
      readonly fields: number;
      readonly headerFields: number;
      /** `,` separates the fields and an amount seems written with a decimal comma, unquoted. */
      readonly decimalCommaAmounts: boolean;
    }
  /** Line `line`, inside the record's quotes, reads as a row of its own: a quote is left open. */
  | { readonly _tag: 'RowInsideQuotes'; readonly line: number }
  /** A quote opened on the row is never closed: the rest of the file could not be read. */
  | { readonly _tag: 'QuoteNotClosed' }
  /** Any other CSV error, by the parser's code. */
  | { readonly _tag: 'InvalidCsv'; readonly code: string };

/** Why a row was not applied: a tag to act on plus the details a person needs to fix it. */
export type RowProblem =
  | {
      readonly _tag: 'MalformedRow';
      /** The lines of the file the record takes up; the first is the row's number. */
      readonly firstLine: number;
      readonly lastLine: number;
      readonly detail: MalformedDetail;
    }
  | { readonly _tag: 'MissingField'; readonly field: OpenItemField }
  | { readonly _tag: 'InvalidId'; readonly field: OpenItemField; readonly value: string }
  | { readonly _tag: 'InvalidDate'; readonly field: OpenItemField; readonly value: string }
  | { readonly _tag: 'InvalidAmount'; readonly field: OpenItemField; readonly value: string }
  | { readonly _tag: 'InvalidTerm'; readonly value: string }
  | { readonly _tag: 'InvalidCurrency'; readonly value: string }
  | { readonly _tag: 'InvalidDebtorKind'; readonly value: string }
  | { readonly _tag: 'CurrencyMismatch'; readonly expected: Currency; readonly actual: string }
  | { readonly _tag: 'NonPositiveAmount'; readonly value: string }
  | { readonly _tag: 'NegativeOpenAmount'; readonly value: string }
  | {
      readonly _tag: 'OpenAmountAboveAmount';
      /** Minor units of `currency`, as `open`. */
      readonly amount: number;
      readonly open: number;
      readonly currency: string;
    }
  | { readonly _tag: 'DueBeforeIssue'; readonly issueDate: string; readonly dueDate: string }
  /** Dated after `today`, the business date of the sync: an open item is issued already. */
  | { readonly _tag: 'IssueDateInFuture'; readonly issueDate: string; readonly today: string }
  | {
      readonly _tag: 'DuplicateInvoiceNumber';
      /** The other rows with the same invoice number, in file order. */
      readonly otherRows: readonly number[];
      /** What else is wrong with this row; null when it could otherwise be applied. */
      readonly alsoRejectedAs: RowProblem['_tag'] | null;
    }
  | { readonly _tag: 'DebtorMismatch'; readonly stored: string; readonly inFile: string }
  /** Several invoices in the store carry the row's number: the sync cannot tell which it is. */
  | { readonly _tag: 'NumberHeldByInvoices'; readonly invoiceIds: readonly string[] }
  | {
      readonly _tag: 'OpenAmountAboveOutstanding';
      /** Minor units of `currency`, as `open`. */
      readonly outstanding: number;
      readonly open: number;
      readonly currency: string;
    }
  /** New terms refused because the due date falls before the invoice date Debiteur holds. */
  | {
      readonly _tag: 'DueBeforeIssueDateHeld';
      readonly dueDate: string;
      readonly issueDateHeld: string;
    }
  | { readonly _tag: 'CommandRejected'; readonly command: string; readonly error: string }
  | {
      readonly _tag: 'ChangedDuringSync';
      readonly command: string;
      /** The invoice's version when the sync read it, and when it came to act on it. */
      readonly versionSeen: number;
      readonly currentVersion: number;
    };

export interface RejectedRow {
  readonly row: number;
  /** The invoice number when the row had a readable one. */
  readonly invoiceNumber: string | null;
  readonly problem: RowProblem;
}

/**
 * What this run does with the invoice the store holds under a number the file lacks: settle
 * it as vanished, leave it because it is not open, or leave it open because the file is
 * incomplete and no vanished invoice is settled.
 */
export type MissingNumberOutcome = 'settledAsVanished' | 'notOpen' | 'settlementSkipped';

/** Something about a row that does not stop it being applied but deserves a look. */
export type RowWarning =
  | {
      readonly _tag: 'CaseVariantNumber';
      /** The same number in another case, on row `otherRow` of the file. */
      readonly other: string;
      readonly otherRow: number;
    }
  | {
      readonly _tag: 'CaseVariantNumber';
      /** The same number in another case, held by the store and missing from the file. */
      readonly other: string;
      readonly otherRow: null;
      readonly otherInStore: MissingNumberOutcome;
    }
  /** The file dates a known invoice otherwise than the store, which keeps its own date. */
  | {
      readonly _tag: 'IssueDateDiffers';
      readonly stored: string;
      readonly inFile: string;
      /**
       * When the row gives a payment term, not a due date: the due date that term makes from
       * the date Debiteur holds, and the one it makes from the file's date.
       */
      readonly byTerm: {
        readonly paymentTermDays: number;
        readonly dueDateHeld: string;
        readonly dueDateInFile: string;
      } | null;
    };

export interface WarnedRow {
  readonly row: number;
  readonly invoiceNumber: string;
  readonly warning: RowWarning;
}

/** What the parser made of a file: the good rows, the bad ones, and whether every row was read. */
export interface ParsedOpenItems {
  readonly items: readonly OpenItem[];
  readonly rejected: readonly RejectedRow[];
  readonly warnings: readonly WarnedRow[];
  /**
   * Every invoice number in the file, also of rejected rows (repeated numbers included): an
   * invoice whose row was bad has not vanished from the books.
   */
  readonly numbersInFile: ReadonlySet<string>;
  /**
   * False when a row is malformed or has no invoice number: the file is then not known to be
   * the complete list, and no vanished item is settled.
   */
  readonly complete: boolean;
  readonly separator: string;
}
