import { parse } from 'csv-parse/sync';
import { isBlankText } from './csv-values';

/** One record of a CSV text: its fields, or why it cannot be read, and the lines it takes up. */
export interface CsvRecord {
  /** The line the record starts on (the first line is 1), which is its row number. */
  readonly row: number;
  readonly lastLine: number;
  readonly fields: readonly string[] | null;
  /** The parser's error code when `fields` is null. */
  readonly error: string | null;
}

/**
 * Splits the text into records with the lines each takes up. A record the CSV grammar cannot
 * read is kept as an error, not thrown; field counts are left for the caller to check.
 */
export const readRecords = (text: string, separator: string): CsvRecord[] => {
  const records: CsvRecord[] = [];
  let lastLine = 0;
  const push = (endLine: number, fields: readonly string[] | null, error: string | null) => {
    records.push({ row: lastLine + 1, lastLine: endLine, fields, error });
    lastLine = endLine;
  };
  parse(text, {
    delimiter: separator,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_record: (record: string[], context) => {
      push(context.lines, record, null);
      return null;
    },
    on_skip: (error) => {
      const line = typeof error?.['lines'] === 'number' ? error['lines'] : lastLine + 1;
      push(line, null, error?.code ?? 'unreadable');
      return undefined;
    },
  });
  return records;
};

/**
 * The separator a line names as `sep=;`, as Excel writes it, also as a spreadsheet saves such a
 * line back: as one field, quoted or not, with the empty fields of the other columns after it
 * (`"sep=;";;;;`, `sep=;;;;`); null for any other line.
 */
const namedSeparator = (line: string): string | null => {
  const match = /^\uFEFF?(?:sep=([^"])|"sep=([^"])")(.*)$/i.exec(line);
  const separator = match?.[1] ?? match?.[2];
  if (match === null || separator === undefined) return null;
  return isBlankText((match[3] ?? '').split(separator).join('')) ? separator : null;
};

/**
 * The separator a first line `sep=;` names (after blank lines, if any), and the text with that
 * line left empty, so the lines after it keep their numbers; null when there is none.
 */
export const separatorLine = (
  text: string,
): { readonly separator: string; readonly text: string } | null => {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => !isBlankText(line));
  const separator = namedSeparator(lines[index] ?? '');
  if (separator === null) return null;
  lines[index] = text.startsWith('\uFEFF') && index === 0 ? '\uFEFF' : '';
  return { separator, text: lines.join('\n') };
};

/** The fields of one line read on its own, and the field a quote opens but leaves open. */
export interface LineFields {
  readonly fields: readonly string[];
  /** The index in `fields` of the field a quote opened and the line did not close, else null. */
  readonly openQuoteField: number | null;
}

/**
 * Takes one line apart as the parser does (a quote opens a field only at its start, `""` in it
 * is a quote, and a quote followed by anything but a separator ends the quoting), reading a
 * quote the line leaves open as a plain character from there on.
 */
export const lineFields = (line: string, separator: string): LineFields => {
  const fields: string[] = [];
  let field = '';
  let fieldStart = 0;
  let openedAt: number | null = null;
  for (let index = 0; index < line.length; index += 1) {
    const char = line.charAt(index);
    const next = line.charAt(index + 1);
    if (openedAt === null) {
      if (char === separator) {
        fields.push(field);
        field = '';
        fieldStart = index + 1;
      } else if (char === '"' && index === fieldStart) openedAt = index;
      else field += char;
    } else if (char !== '"') field += char;
    else if (next === '"') {
      field += '"';
      index += 1;
    } else {
      openedAt = null;
      if (next !== '' && next !== separator) field = `"${field}"`;
    }
  }
  if (openedAt === null) return { fields: [...fields, field], openQuoteField: null };
  const rest = lineFields(line.slice(openedAt + 1), separator);
  const [first = '', ...after] = rest.fields;
  return { fields: [...fields, `"${first}`, ...after], openQuoteField: fields.length };
};
