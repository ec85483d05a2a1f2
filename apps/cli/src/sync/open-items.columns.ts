import { OpenItemField } from './open-items.types';

/**
 * The header names each field is recognised by, Dutch and English, as accounting packages
 * (Exact, Twinfield, AFAS, Snelstart, Moneybird, e-Boekhouden) tend to export them. Names
 * compare case-insensitively and ignoring spaces, `_`, `-`, `.` and `#`, so
 * `Factuur nr.` matches `factuurnr`. docs/cli.md lists the same table.
 */
export const COLUMN_ALIASES: Readonly<Record<OpenItemField, readonly string[]>> = {
  invoice_number: [
    'invoice_number',
    'invoicenumber',
    'invoiceno',
    'invoicenr',
    'invoice',
    'invoiceid',
    'factuurnummer',
    'factuurnr',
    'factuur',
    'factuurno',
    'documentnummer',
    'boekstuknummer',
  ],
  debtor_id: [
    'debtor_id',
    'debtorid',
    'debtornumber',
    'debtorno',
    'debtor',
    'customerid',
    'customernumber',
    'customerno',
    'accountnumber',
    'debiteurnummer',
    'debiteurnr',
    'debiteur',
    'debiteurid',
    'klantnummer',
    'klantnr',
    'relatienummer',
    'relatienr',
  ],
  debtor_name: [
    'debtor_name',
    'debtorname',
    'customername',
    'accountname',
    'name',
    'companyname',
    'debiteurnaam',
    'naamdebiteur',
    'klantnaam',
    'relatienaam',
    'relatie',
    'naam',
    'bedrijfsnaam',
  ],
  invoice_date: [
    'invoice_date',
    'invoicedate',
    'issuedate',
    'documentdate',
    'date',
    'factuurdatum',
    'datum',
    'boekdatum',
  ],
  due_date: ['due_date', 'duedate', 'vervaldatum', 'vervaldag', 'uiterstebetaaldatum'],
  payment_term_days: [
    'payment_term_days',
    'paymenttermdays',
    'paymentterm',
    'termdays',
    'terms',
    'betalingstermijn',
    'betaaltermijn',
    'termijn',
    'betalingsconditie',
  ],
  amount: [
    'amount',
    'invoiceamount',
    'total',
    'totalamount',
    'amountincvat',
    'bedrag',
    'factuurbedrag',
    'totaal',
    'totaalbedrag',
    'bedraginclbtw',
    'bedragincl',
  ],
  open_amount: [
    'open_amount',
    'openamount',
    'outstanding',
    'amountdue',
    'balance',
    'remaining',
    'open',
    'openstaand',
    'openstaandbedrag',
    'openbedrag',
    'saldo',
    'restbedrag',
    'nogtebetalen',
  ],
  currency: ['currency', 'currencycode', 'valuta', 'valutacode', 'munteenheid', 'munt'],
  description: ['description', 'omschrijving', 'beschrijving', 'memo', 'reference'],
  debtor_kind: ['debtor_kind', 'debtorkind', 'kind', 'customertype', 'soortdebiteur'],
};

export const REQUIRED_FIELDS: readonly OpenItemField[] = [
  'invoice_number',
  'debtor_id',
  'debtor_name',
  'invoice_date',
  'amount',
  'open_amount',
];

export const normaliseHeader = (name: string): string =>
  name.toLowerCase().replace(/[\s_\-.#]/g, '');

const FIELD_BY_ALIAS: ReadonlyMap<string, OpenItemField> = new Map(
  (Object.entries(COLUMN_ALIASES) as [OpenItemField, readonly string[]][]).flatMap(
    ([field, aliases]) => aliases.map((alias) => [normaliseHeader(alias), field] as const),
  ),
);

/** Which column holds which field; unknown columns are ignored. */
export type ColumnMap = ReadonlyMap<OpenItemField, number>;

export type HeaderProblem =
  | { readonly _tag: 'MissingColumns'; readonly fields: readonly OpenItemField[] }
  | {
      readonly _tag: 'DuplicateColumn';
      readonly field: OpenItemField;
      readonly headers: readonly string[];
    };

/**
 * Names that may well hold something else than their field (the date an entry was booked, a
 * relation's number, a payment reference), normalised: such a column is read as its field
 * only when no other column names that field.
 */
const YIELDING_ALIASES: ReadonlySet<string> = new Set([
  'date',
  'datum',
  'boekdatum',
  'relatie',
  'reference',
]);

/** The columns that name each field, in header order. */
const columnsByField = (header: readonly string[]): Map<OpenItemField, number[]> => {
  const byField = new Map<OpenItemField, number[]>();
  for (const [index, name] of header.entries()) {
    const field = FIELD_BY_ALIAS.get(normaliseHeader(name));
    if (field !== undefined) byField.set(field, [...(byField.get(field) ?? []), index]);
  }
  return byField;
};

/**
 * Maps a header row onto the fields; a required field without a column is a problem, and so
 * are two columns for one field, unless all but one of them have a yielding name
 * (`YIELDING_ALIASES`: `Factuurdatum` is read before `Boekdatum`).
 */
export const mapHeader = (header: readonly string[]): ColumnMap | HeaderProblem => {
  const columns = new Map<OpenItemField, number>();
  for (const [field, indexes] of columnsByField(header)) {
    const named = indexes.filter(
      (index) => !YIELDING_ALIASES.has(normaliseHeader(header[index] ?? '')),
    );
    const candidates = named.length > 0 ? named : indexes;
    const [index, ...others] = candidates;
    if (others.length > 0) {
      return { _tag: 'DuplicateColumn', field, headers: candidates.map((i) => header[i] ?? '') };
    }
    if (index !== undefined) columns.set(field, index);
  }
  const missing = REQUIRED_FIELDS.filter((field) => !columns.has(field));
  if (!columns.has('due_date') && !columns.has('payment_term_days')) missing.push('due_date');
  return missing.length > 0 ? { _tag: 'MissingColumns', fields: missing } : columns;
};
