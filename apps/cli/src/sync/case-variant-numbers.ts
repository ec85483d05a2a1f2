import { OpenItem, ParsedOpenItems, WarnedRow } from './open-items.types';
import { TenantInvoices } from './tenant-invoices';
import { outcomeOfMissingNumber } from './vanished-invoices';

// Invoice numbers are compared exactly everywhere (in the file, against the store, in the id
// an invoice is issued under), as accounting packages do: `F-1` and `f-1` are two invoices,
// and folding case now would merge invoices already synced apart. These warnings only point
// out a pair, which is more often a typing slip than two invoices.

const folded = (number: string): string => number.toLowerCase();

const warned = (item: OpenItem, warning: WarnedRow['warning']): WarnedRow => ({
  row: item.row,
  invoiceNumber: item.invoiceNumber,
  warning,
});

/**
 * Warns of every row read whose invoice number differs only in case from another number in
 * the file, naming the first row with the other spelling; both are still taken as invoices
 * of their own. `firstRowOf` holds each number's first row, in file order.
 */
export const caseVariantsInFile = (
  items: readonly OpenItem[],
  firstRowOf: ReadonlyMap<string, number>,
): WarnedRow[] => {
  const spellings = new Map<string, { readonly number: string; readonly row: number }[]>();
  for (const [number, row] of firstRowOf) {
    const key = folded(number);
    spellings.set(key, [...(spellings.get(key) ?? []), { number, row }]);
  }
  return items.flatMap((item) => {
    const other = spellings
      .get(folded(item.invoiceNumber))
      ?.find((spelling) => spelling.number !== item.invoiceNumber);
    return other === undefined
      ? []
      : [warned(item, { _tag: 'CaseVariantNumber', other: other.number, otherRow: other.row })];
  });
};

/** The store's invoice numbers by their case-folded form, for `caseVariantInStore`. */
export const numbersByFoldedCase = (numbers: Iterable<string>): ReadonlyMap<string, string> => {
  const byFolded = new Map<string, string>();
  for (const number of numbers) {
    if (!byFolded.has(folded(number))) byFolded.set(folded(number), number);
  }
  return byFolded;
};

/**
 * Warns of a row for an invoice new to the store whose number differs only in case from one
 * the store holds and the file does not list: the row is issued as another invoice, and the
 * warning says what becomes of the one held (settled as vanished when open and the file is
 * complete, else left). When the file lists both, `caseVariantsInFile` has warned already.
 */
export const caseVariantInStore = (
  item: OpenItem,
  storeNumbers: ReadonlyMap<string, string>,
  file: Pick<ParsedOpenItems, 'numbersInFile' | 'complete'>,
  known: TenantInvoices,
): WarnedRow | null => {
  const other = storeNumbers.get(folded(item.invoiceNumber));
  if (other === undefined || other === item.invoiceNumber || file.numbersInFile.has(other)) {
    return null;
  }
  return warned(item, {
    _tag: 'CaseVariantNumber',
    other,
    otherRow: null,
    otherInStore: outcomeOfMissingNumber(known.get(other) ?? [], file.complete),
  });
};
