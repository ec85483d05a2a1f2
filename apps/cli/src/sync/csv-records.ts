import { parse } from 'csv-parse/sync';

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

const SEPARATOR_LINE = /^(\uFEFF?)sep=([^\n])[ \t]*\n/i;

/**
 * The separator a first line `sep=;` names, as Excel writes and reads it, and the text with
 * that line left empty, so the lines after it keep their numbers; null when there is none.
 */
export const separatorLine = (
  text: string,
): { readonly separator: string; readonly text: string } | null => {
  const match = SEPARATOR_LINE.exec(text);
  if (match === null || match[2] === undefined) return null;
  return { separator: match[2], text: text.replace(SEPARATOR_LINE, '$1\n') };
};
