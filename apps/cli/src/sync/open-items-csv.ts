import { caseVariantsInFile } from './case-variant-numbers';
import { CsvRecord, lineFields, readRecords, separatorLine } from './csv-records';
import { detectSeparator, isBlankText } from './csv-values';
import { Check, fail, OpenItemsOptions, readItem, RowReader } from './open-item-row';
import { ColumnMap, mapHeader } from './open-items.columns';
import { OpenItemsFileError } from './open-items-file-error';
import {
  MalformedDetail,
  OpenItem,
  ParsedOpenItems,
  RejectedRow,
  RowProblem,
} from './open-items.types';
import { endsRowsWithSeparator, FileShape, malformedDetail } from './row-shape';

export { isIsoCurrency, type OpenItemsOptions } from './open-item-row';
export { OpenItemsFileError } from './open-items-file-error';

/** Empty fields, or only whitespace and control characters (a DOS end-of-file mark `\x1a`). */
const isBlank = (fields: readonly string[]): boolean => fields.every(isBlankText);

const QUOTE_NOT_CLOSED = 'CSV_QUOTE_NOT_CLOSED';

/**
 * The fields a record can be read by: all of them, or, for a quote never closed, those its
 * first line holds before that quote (the invoice number often is one); none otherwise.
 */
const readableFields = (record: CsvRecord, shape: FileShape): readonly string[] => {
  if (record.fields !== null) return record.fields;
  if (record.error !== QUOTE_NOT_CLOSED) return [];
  const { fields, openQuoteField } = lineFields(shape.lines[record.row - 1] ?? '', shape.separator);
  return fields.slice(0, openQuoteField ?? 0);
};

/** The rows of each invoice number that is on more than one row. */
const repeatedNumbers = (
  numbered: readonly { readonly row: number; readonly number: string }[],
): ReadonlyMap<string, readonly number[]> => {
  const rowsOf = new Map<string, number[]>();
  for (const { row, number } of numbered) {
    if (number !== '') rowsOf.set(number, [...(rowsOf.get(number) ?? []), row]);
  }
  return new Map([...rowsOf].filter(([, rows]) => rows.length > 1));
};

/** What a row is checked against: the file's shape and the header's columns. */
interface RowShape extends FileShape {
  readonly columns: ColumnMap;
}

const malformed = (record: CsvRecord, detail: MalformedDetail): RowProblem => ({
  _tag: 'MalformedRow',
  firstLine: record.row,
  lastLine: record.lastLine,
  detail,
});

/** A record is malformed when its fields do not line up with the header, else checked as a row. */
const checkRecord = (
  record: CsvRecord,
  shape: RowShape,
  options: OpenItemsOptions,
): Check<OpenItem> => {
  if (record.fields === null) {
    return fail(
      malformed(
        record,
        record.error === QUOTE_NOT_CLOSED
          ? { _tag: 'QuoteNotClosed' }
          : { _tag: 'InvalidCsv', code: record.error ?? 'unreadable' },
      ),
    );
  }
  const detail = malformedDetail({ ...record, fields: record.fields }, shape);
  if (detail !== null) return fail(malformed(record, detail));
  return readItem(record.row, new RowReader(record.fields, shape.columns), options);
};

/**
 * Reads an open-items export: detects the separator, maps the header onto the fields and
 * checks every row. Bad rows come back with their row number and reason and do not stop the
 * others. A row whose fields do not line up with the header's columns is malformed and makes
 * the file incomplete, as a row without an invoice number does: what such a row hides (a
 * row a quote left open swallowed) must not be taken as vanished. When rows repeat an invoice
 * number none of them is applied: applying the first or the readable one could record a
 * payment the books never saw (an export per instalment lists one invoice twice), which no
 * later sync takes back.
 */
export const parseOpenItems = (file: string, options: OpenItemsOptions): ParsedOpenItems => {
  // One line break throughout: csv-parse counts a CRLF inside a quoted field as two lines,
  // and the rows after it would be misnumbered.
  const normalised = file.replace(/\r\n?/g, '\n');
  const named = separatorLine(normalised);
  const text = named?.text ?? normalised;
  const separator = named?.separator ?? detectSeparator(text.replace(/^\uFEFF/, ''));
  const [header, ...records] = readRecords(text, separator).filter(
    (record) => record.fields === null || !isBlank(record.fields),
  );
  if (header === undefined || header.fields === null) {
    throw new OpenItemsFileError({ _tag: 'EmptyFile' });
  }
  const columns = mapHeader(header.fields);
  if ('_tag' in columns) throw new OpenItemsFileError(columns);
  const rows = records.flatMap((record) => (record.fields === null ? [] : [record.fields]));
  const shape: RowShape = {
    header: header.fields,
    columns,
    trailingSeparator: endsRowsWithSeparator(header.fields, rows, separator),
    lines: text.split('\n'),
    separator,
  };

  const numbered = records.map((record) => ({
    record,
    row: record.row,
    number: new RowReader(readableFields(record, shape), columns).text('invoice_number'),
  }));
  const repeated = repeatedNumbers(numbered);
  const items: OpenItem[] = [];
  const rejected: RejectedRow[] = [];
  let complete = true;
  for (const { record, row, number } of numbered) {
    const checked = checkRecord(record, shape, options);
    const isMalformed = !checked.ok && checked.problem._tag === 'MalformedRow';
    if (isMalformed || number === '') complete = false;
    const otherRows = isMalformed ? undefined : repeated.get(number)?.filter((r) => r !== row);
    if (otherRows !== undefined) {
      const alsoRejectedAs = checked.ok ? null : checked.problem._tag;
      const problem: RowProblem = { _tag: 'DuplicateInvoiceNumber', otherRows, alsoRejectedAs };
      rejected.push({ row, invoiceNumber: number, problem });
    } else if (checked.ok) items.push(checked.value);
    else rejected.push({ row, invoiceNumber: number || null, problem: checked.problem });
  }
  const firstRowOf = new Map<string, number>();
  for (const { row, number } of numbered) {
    if (number !== '' && !firstRowOf.has(number)) firstRowOf.set(number, row);
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
