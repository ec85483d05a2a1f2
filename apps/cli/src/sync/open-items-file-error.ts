import { HeaderProblem } from './open-items.columns';

export type OpenItemsFileProblem =
  | HeaderProblem
  | { readonly _tag: 'EmptyFile' }
  /** NUL bytes without a UTF-16 byte-order mark: a spreadsheet or UTF-16 saved without one. */
  | { readonly _tag: 'NotText' };

const describe = (problem: OpenItemsFileProblem): string => {
  switch (problem._tag) {
    case 'MissingColumns':
      return `the open-items file lacks the column(s) ${problem.fields.join(', ')}`;
    case 'DuplicateColumn':
      return `the columns "${problem.headers.join('" and "')}" both hold ${problem.field}`;
    case 'EmptyFile':
      return 'the open-items file has no header row';
    case 'NotText':
      return 'the open-items file holds NUL bytes, so it is no text CSV (a spreadsheet file, or UTF-16 without a byte-order mark): save it from the spreadsheet as "CSV UTF-8"';
  }
};

/** The file cannot be read as an open-items list at all (not text, no header, missing columns). */
export class OpenItemsFileError extends Error {
  constructor(readonly problem: OpenItemsFileProblem) {
    super(describe(problem));
    this.name = 'OpenItemsFileError';
  }
}
