export interface IdAlsoANumber {
  /** The argument, taken as an invoice's id. */
  readonly argument: string;
  /** The other invoices of the tenant that carry the argument as their number. */
  readonly others: readonly string[];
  readonly tenant: string;
  readonly asOf: string | null;
}

/**
 * An id is exact, so the invoice under it is shown; but an analyst who meant the number of
 * another invoice is told on stderr which invoices carry it and how to see one (by its id).
 */
export const idAlsoANumberNotice = ({
  argument,
  others,
  tenant,
  asOf,
}: IdAlsoANumber): string | null => {
  const [first] = others;
  if (first === undefined) return null;
  const command =
    `debiteur history ${first} --tenant ${tenant}` + (asOf === null ? '' : ` --as-of ${asOf}`);
  const which = others.length === 1 ? 'that one' : 'one of them';
  return (
    `"${argument}" is taken as an invoice's id; it is also the invoice number of ` +
    `${others.join(', ')}: to see ${which}, name it by its id (${command})`
  );
};
