import { shellLine } from './shell-line';

export interface IdAlsoANumber {
  /** The argument, taken as an invoice's id. */
  readonly argument: string;
  /** The other invoices of the tenant that carry the argument as their number. */
  readonly others: readonly string[];
  readonly tenant: string;
  readonly asOf: string | null;
  /** The store the run read, as its source describes it (a password masked); null for none. */
  readonly store: string | null;
}

/**
 * The command (its words) that shows the first of the others as this run would: by its id,
 * with the same tenant, `--as-of` and `--store`; null when there are no others.
 */
export const suggestedCommand = ({
  others,
  tenant,
  asOf,
  store,
}: IdAlsoANumber): readonly string[] | null => {
  const [first] = others;
  if (first === undefined) return null;
  return [
    'debiteur',
    'history',
    first,
    '--tenant',
    tenant,
    ...(asOf === null ? [] : ['--as-of', asOf]),
    ...(store === null ? [] : ['--store', store]),
  ];
};

/**
 * An id is exact, so the invoice under it is shown; but an analyst who meant the number of
 * another invoice is told on stderr which invoices carry it and how to see one (by its id),
 * as a command that can be pasted into a shell.
 */
export const idAlsoANumberNotice = (notice: IdAlsoANumber): string | null => {
  const command = suggestedCommand(notice);
  if (command === null) return null;
  const which = notice.others.length === 1 ? 'that one' : 'one of them';
  return (
    `"${notice.argument}" is taken as an invoice's id; it is also the invoice number of ` +
    `${notice.others.join(', ')}: to see ${which}, name it by its id (${shellLine(command)})`
  );
};
