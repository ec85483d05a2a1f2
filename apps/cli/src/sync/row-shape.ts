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

/**
 * Why a record cannot be taken apart into the header's columns, or null when it can. It must
 * have as many fields as the header (one more, ending empty, when the package ends its data
 * lines with a separator; a lone row with an empty field too many may be a shifted row). And
 * no line after its first may read as a row of its own (a whole row's worth of separators):
 * a quote left open swallowed it.
 */
export const malformedDetail = (
  record: { readonly row: number; readonly lastLine: number; readonly fields: Fields },
  file: FileShape,
): MalformedDetail | null => {
  const { fields } = record;
  const { header } = file;
  const fits =
    fields.length === header.length ||
    (file.trailingSeparator && fields.length === header.length + 1 && endsEmpty(fields));
  if (!fits) {
    return {
      _tag: 'FieldCount',
      fields: fields.length,
      headerFields: header.length,
      decimalCommaAmounts:
        fields.length > header.length && decimalCommaSplit(fields, file.separator),
    };
  }
  for (let line = record.row + 1; line <= record.lastLine; line += 1) {
    const separators = (file.lines[line - 1] ?? '').split(file.separator).length - 1;
    if (separators >= header.length - 1) return { _tag: 'RowInsideQuotes', line };
  }
  return null;
};
