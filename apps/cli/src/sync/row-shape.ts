import { lineFields } from './csv-records';
import { MalformedDetail } from './open-items.types';

type Fields = readonly string[];

const endsEmpty = (fields: Fields): boolean => (fields.at(-1) ?? '').trim() === '';

/**
 * Whether the fields look like an amount written with a decimal comma that the separator `,`
 * split in two: digits followed by a field of exactly two digits (`1210,00` read as `1210`
 * and `00`).
 */
export const decimalCommaSplit = (fields: Fields, separator: string): boolean =>
  separator === ',' &&
  fields.some(
    (field, index) =>
      /^[-+]?[€$£]?\s*\d[\d.]*$/.test(field.trim()) && /^\d{2}$/.test(fields[index + 1] ?? ''),
  );

/**
 * Whether the package ends its data lines with a separator its header line lacks, writing one
 * empty field more than the header on each: most rows do so. Never with `,` as the separator:
 * an unquoted amount's own comma (`1,000.00`, `1210,00`) could shift a row's columns by one
 * and leave it looking like such a row, so a `,` file's rows must match the header exactly.
 */
export const endsRowsWithSeparator = (
  header: Fields,
  rows: readonly Fields[],
  separator: string,
): boolean => {
  if (separator === ',') return false;
  const withTrailing = rows.filter((row) => row.length === header.length + 1 && endsEmpty(row));
  const exact = rows.filter((row) => row.length === header.length);
  return withTrailing.length > exact.length;
};

/** What a record is taken apart by: the header, and the text's lines for where it runs. */
export interface FileShape {
  readonly header: Fields;
  /** See `endsRowsWithSeparator`. */
  readonly trailingSeparator: boolean;
  readonly lines: readonly string[];
  readonly separator: string;
}

/** Whether fields match the header's columns: as many, or one more, empty, when rows end so. */
const fitsHeader = (fields: Fields, file: FileShape): boolean =>
  fields.length === file.header.length ||
  (file.trailingSeparator && fields.length === file.header.length + 1 && endsEmpty(fields));

/**
 * A record over several lines is rows that a quote left open joined when its first line and a
 * later one each read on their own as a whole row, for a quoted field's line breaks leave its
 * first line short of a row unless it is the last field, and then only its text follows; gives
 * that later line, or null.
 */
const rowInsideQuotes = (
  record: { readonly row: number; readonly lastLine: number },
  file: FileShape,
): number | null => {
  const readsAsRow = (line: number): boolean =>
    fitsHeader(lineFields(file.lines[line - 1] ?? '', file.separator).fields, file);
  if (record.lastLine === record.row || !readsAsRow(record.row)) return null;
  for (let line = record.row + 1; line <= record.lastLine; line += 1) {
    if (readsAsRow(line)) return line;
  }
  return null;
};

/**
 * Why a record cannot be taken apart into the header's columns, or null when it can. It must
 * have as many fields as the header (one more, ending empty, when the package ends its data
 * lines with a separator; a lone row with an empty field too many may be a shifted row), and
 * must not be rows a quote left open joined (see `rowInsideQuotes`).
 */
export const malformedDetail = (
  record: { readonly row: number; readonly lastLine: number; readonly fields: Fields },
  file: FileShape,
): MalformedDetail | null => {
  const { fields } = record;
  const { header } = file;
  if (!fitsHeader(fields, file)) {
    return {
      _tag: 'FieldCount',
      fields: fields.length,
      headerFields: header.length,
      decimalCommaAmounts:
        fields.length > header.length && decimalCommaSplit(fields, file.separator),
    };
  }
  const line = rowInsideQuotes(record, file);
  return line === null ? null : { _tag: 'RowInsideQuotes', line };
};
