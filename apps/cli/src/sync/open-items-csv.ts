import {
  CalendarDate,
  Currency,
  DebtorKind,
  debtorId,
  DueBy,
  minorDigitsOf,
  money,
  NonEmptyText,
} from '@debiteur/core';
import { parse } from 'csv-parse/sync';
import { isLeft } from 'fp-ts/Either';
import { caseVariantsInFile } from './case-variant-numbers';
import { ColumnMap, HeaderProblem, mapHeader } from './open-items.columns';
import { detectSeparator, parseAmount, parseDate, parseTermDays } from './csv-values';
import {
  OpenItem,
  OpenItemField,
  ParsedOpenItems,
  RejectedRow,
  RowProblem,
} from './open-items.types';

export interface OpenItemsOptions {
  /** The currency of rows without a currency column or value. */
  readonly defaultCurrency: Currency;
  /** When set, a row in another currency is rejected (`CurrencyMismatch`). */
  readonly requiredCurrency?: Currency;
  /** The business date of the sync: a row dated after it is rejected (`IssueDateInFuture`). */
  readonly today: CalendarDate;
}

/** The file cannot be read as an open-items list at all (no header, missing columns). */
export class OpenItemsFileError extends Error {
  constructor(readonly problem: HeaderProblem | { readonly _tag: 'EmptyFile' }) {
    super(
      problem._tag === 'MissingColumns'
        ? `the open-items file lacks the column(s) ${problem.fields.join(', ')}`
        : problem._tag === 'DuplicateColumn'
          ? `the columns "${problem.headers.join('" and "')}" both hold ${problem.field}`
          : 'the open-items file has no header row',
    );
    this.name = 'OpenItemsFileError';
  }
}

interface RawRecord {
  readonly row: number;
  readonly fields: readonly string[] | null;
  readonly error: string | null;
}

/**
 * Splits the text into records with the row each starts on (the header is row 1, as in a
 * spreadsheet). A record the CSV grammar cannot read is kept as an error, not thrown.
 */
const readRecords = (text: string, separator: string): RawRecord[] => {
  const records: RawRecord[] = [];
  let lastLine = 0;
  const startRow = (endLine: number): number => {
    const row = lastLine + 1;
    lastLine = endLine;
    return row;
  };
  parse(text, {
    delimiter: separator,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_record: (record: string[], context) => {
      records.push({ row: startRow(context.lines), fields: record, error: null });
      return null;
    },
    on_skip: (error) => {
      const line = typeof error?.['lines'] === 'number' ? error['lines'] : lastLine + 1;
      records.push({ row: startRow(line), fields: null, error: error?.code ?? 'unreadable' });
      return undefined;
    },
  });
  return records;
};

/** The ISO 4217 codes in use, as the runtime's ICU data knows them (EUR, USD, GBP, …). */
const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is an ISO 4217 currency in use: three capitals alone (`XYZ`) are not. */
export const isIsoCurrency = (code: string): code is Currency =>
  Currency.is(code) && ISO_CURRENCIES.has(code);

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

type Check<A> =
  { readonly ok: true; readonly value: A } | { readonly ok: false; readonly problem: RowProblem };
const ok = <A>(value: A): Check<A> => ({ ok: true, value });
const fail = <A>(problem: RowProblem): Check<A> => ({ ok: false, problem });

class RowReader {
  constructor(
    private readonly fields: readonly string[],
    private readonly columns: ColumnMap,
  ) {}

  text(field: OpenItemField): string {
    const index = this.columns.get(field);
    return index === undefined ? '' : (this.fields[index] ?? '').trim();
  }

  required(field: OpenItemField): Check<string> {
    const value = this.text(field);
    return value === '' ? fail({ _tag: 'MissingField', field }) : ok(value);
  }
}

const DEBTOR_KINDS: Readonly<Record<string, DebtorKind>> = {
  business: 'business',
  zakelijk: 'business',
  b2b: 'business',
  bedrijf: 'business',
  consumer: 'consumer',
  particulier: 'consumer',
  b2c: 'consumer',
  consument: 'consumer',
};

/** Checks one data row field by field; the first problem found is the row's reason. */
const readItem = (row: number, reader: RowReader, options: OpenItemsOptions): Check<OpenItem> => {
  const number = reader.required('invoice_number');
  if (!number.ok) return number;
  if (!NonEmptyText.is(number.value))
    return fail({ _tag: 'MissingField', field: 'invoice_number' });
  const debtorText = reader.required('debtor_id');
  if (!debtorText.ok) return debtorText;
  const debtor = debtorId(debtorText.value);
  if (isLeft(debtor))
    return fail({ _tag: 'InvalidId', field: 'debtor_id', value: debtorText.value });
  const name = reader.required('debtor_name');
  if (!name.ok) return name;
  if (!NonEmptyText.is(name.value)) return fail({ _tag: 'MissingField', field: 'debtor_name' });
  const kindText = reader.text('debtor_kind').toLowerCase();
  const debtorKind = kindText === '' ? 'business' : DEBTOR_KINDS[kindText];
  if (debtorKind === undefined) return fail({ _tag: 'InvalidDebtorKind', value: kindText });

  const issueText = reader.required('invoice_date');
  if (!issueText.ok) return issueText;
  const issueDate = parseDate(issueText.value);
  if (issueDate === null)
    return fail({ _tag: 'InvalidDate', field: 'invoice_date', value: issueText.value });
  if (issueDate > options.today)
    return fail({ _tag: 'IssueDateInFuture', issueDate, today: options.today });
  const dueBy = readDueBy(reader, issueDate);
  if (!dueBy.ok) return dueBy;

  const currencyText = reader.text('currency').toUpperCase();
  const currency = currencyText === '' ? options.defaultCurrency : currencyText;
  if (!isIsoCurrency(currency)) return fail({ _tag: 'InvalidCurrency', value: currencyText });
  if (options.requiredCurrency !== undefined && currency !== options.requiredCurrency) {
    return fail({ _tag: 'CurrencyMismatch', expected: options.requiredCurrency, actual: currency });
  }
  const amount = readAmount(reader, 'amount', currency);
  if (!amount.ok) return amount;
  if (amount.value <= 0) return fail({ _tag: 'NonPositiveAmount', value: reader.text('amount') });
  const open = readAmount(reader, 'open_amount', currency);
  if (!open.ok) return open;
  if (open.value < 0)
    return fail({ _tag: 'NegativeOpenAmount', value: reader.text('open_amount') });
  if (open.value > amount.value) {
    return fail({
      _tag: 'OpenAmountAboveAmount',
      amount: amount.value,
      open: open.value,
      currency,
    });
  }
  const amountMoney = money(amount.value, currency);
  const openMoney = money(open.value, currency);
  if (isLeft(amountMoney) || isLeft(openMoney)) {
    return fail({ _tag: 'InvalidAmount', field: 'amount', value: reader.text('amount') });
  }
  return ok({
    row,
    invoiceNumber: number.value,
    debtorId: debtor.right,
    debtorName: name.value,
    debtorKind,
    issueDate,
    dueBy: dueBy.value,
    amount: amountMoney.right,
    openAmount: openMoney.right,
    description: reader.text('description'),
  });
};

const readAmount = (
  reader: RowReader,
  field: 'amount' | 'open_amount',
  currency: string,
): Check<number> => {
  const text = reader.required(field);
  if (!text.ok) return text;
  const minor = parseAmount(text.value, minorDigitsOf(currency));
  return minor === null ? fail({ _tag: 'InvalidAmount', field, value: text.value }) : ok(minor);
};

/** A due date wins over a term when a row has both; a row needs one of them. */
const readDueBy = (reader: RowReader, issueDate: string): Check<DueBy> => {
  const dueText = reader.text('due_date');
  if (dueText !== '') {
    const dueDate = parseDate(dueText);
    if (dueDate === null) return fail({ _tag: 'InvalidDate', field: 'due_date', value: dueText });
    return dueDate < issueDate
      ? fail({ _tag: 'DueBeforeIssue', issueDate, dueDate })
      : ok({ dueDate });
  }
  const termText = reader.text('payment_term_days');
  if (termText === '') return fail({ _tag: 'MissingField', field: 'due_date' });
  const days = parseTermDays(termText);
  return days === null
    ? fail({ _tag: 'InvalidTerm', value: termText })
    : ok({ paymentTermDays: days });
};

/**
 * Reads an open-items export: detects the separator, maps the header onto the fields and
 * checks every row. Bad rows come back with their row number and reason and do not stop
 * the others. A row for an invoice number an earlier row holds is rejected, also when that
 * earlier row was bad: two rows for one invoice make the file ambiguous, and applying
 * whichever of them happens to be readable could record a payment the books never saw,
 * which no later sync takes back.
 */
export const parseOpenItems = (file: string, options: OpenItemsOptions): ParsedOpenItems => {
  // One line break throughout: csv-parse counts a CRLF inside a quoted field as two lines,
  // and the rows after it would be misnumbered.
  const text = file.replace(/\r\n?/g, '\n');
  const separator = detectSeparator(text.replace(/^\uFEFF/, ''));
  const [header, ...records] = readRecords(text, separator).filter(
    (record) => record.fields === null || !isBlank(record.fields),
  );
  if (header === undefined || header.fields === null) {
    throw new OpenItemsFileError({ _tag: 'EmptyFile' });
  }
  const columns = mapHeader(header.fields);
  if ('_tag' in columns) throw new OpenItemsFileError(columns);

  const items: OpenItem[] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  const rejectedAs = new Map<number, RowProblem['_tag']>();
  let complete = true;
  for (const record of records) {
    if (record.fields === null) {
      complete = false;
      rejected.push({
        row: record.row,
        invoiceNumber: null,
        problem: { _tag: 'MalformedRow', detail: record.error ?? 'unreadable' },
      });
      continue;
    }
    const reader = new RowReader(record.fields, columns);
    const number = reader.text('invoice_number');
    if (number === '') complete = false;
    const first = firstRowOf.get(number);
    const checked: Check<OpenItem> =
      first !== undefined && number !== ''
        ? fail({
            _tag: 'DuplicateInvoiceNumber',
            firstRow: first,
            firstRowRejectedAs: rejectedAs.get(first) ?? null,
          })
        : readItem(record.row, reader, options);
    if (number !== '' && first === undefined) firstRowOf.set(number, record.row);
    if (checked.ok) items.push(checked.value);
    else {
      rejectedAs.set(record.row, checked.problem._tag);
      rejected.push({ row: record.row, invoiceNumber: number || null, problem: checked.problem });
    }
  }
  return {
    items,
    rejected,
    warnings: caseVariantsInFile(items, firstRowOf),
    numbersInFile: new Set(firstRowOf.keys()),
    complete,
    separator,
  };
};
