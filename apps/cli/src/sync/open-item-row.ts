import {
  CalendarDate,
  Currency,
  DebtorKind,
  debtorId,
  DueBy,
  minorDigitsOf,
  money,
  NonEmptyText,
} from '@debiteur/core';
import { isLeft } from 'fp-ts/Either';
import { ColumnMap } from './open-items.columns';
import { parseAmount, parseDate, parseTermDays } from './csv-values';
import { OpenItem, OpenItemField, RowProblem } from './open-items.types';

export interface OpenItemsOptions {
  /** The currency of rows without a currency column or value. */
  readonly defaultCurrency: Currency;
  /** When set, a row in another currency is rejected (`CurrencyMismatch`). */
  readonly requiredCurrency?: Currency;
  /** The business date of the sync: a row dated after it is rejected (`IssueDateInFuture`). */
  readonly today: CalendarDate;
}

/** The ISO 4217 codes in use, as the runtime's ICU data knows them (EUR, USD, GBP, …). */
const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is an ISO 4217 currency in use: three capitals alone (`XYZ`) are not. */
export const isIsoCurrency = (code: string): code is Currency =>
  Currency.is(code) && ISO_CURRENCIES.has(code);

export type Check<A> =
  { readonly ok: true; readonly value: A } | { readonly ok: false; readonly problem: RowProblem };
export const ok = <A>(value: A): Check<A> => ({ ok: true, value });
export const fail = <A>(problem: RowProblem): Check<A> => ({ ok: false, problem });

/** One data row's fields, read by the field its header column holds. */
export class RowReader {
  constructor(
    private readonly fields: readonly string[],
    private readonly columns: ColumnMap,
  ) {}

  text(field: OpenItemField): string {
    const index = this.columns.get(field);
    return index === undefined ? '' : (this.fields[index] ?? '').trim();
  }

  has(field: OpenItemField): boolean {
    return this.columns.has(field);
  }

  required(field: OpenItemField): Check<string> {
    const value = this.text(field);
    return value === '' ? fail({ _tag: 'MissingField', field }) : ok(value);
  }
}

const DEBTOR_KINDS: Readonly<Record<string, DebtorKind>> = {
  business: 'business',
  zakelijk: 'business',
  b2b: 'business',
  bedrijf: 'business',
  consumer: 'consumer',
  particulier: 'consumer',
  b2c: 'consumer',
  consument: 'consumer',
};

/** Checks one data row field by field; the first problem found is the row's reason. */
export const readItem = (
  row: number,
  reader: RowReader,
  options: OpenItemsOptions,
): Check<OpenItem> => {
  const number = reader.required('invoice_number');
  if (!number.ok) return number;
  if (!NonEmptyText.is(number.value))
    return fail({ _tag: 'MissingField', field: 'invoice_number' });
  const debtorText = reader.required('debtor_id');
  if (!debtorText.ok) return debtorText;
  const debtor = debtorId(debtorText.value);
  if (isLeft(debtor))
    return fail({ _tag: 'InvalidId', field: 'debtor_id', value: debtorText.value });
  const name = reader.required('debtor_name');
  if (!name.ok) return name;
  if (!NonEmptyText.is(name.value)) return fail({ _tag: 'MissingField', field: 'debtor_name' });
  const kindText = reader.text('debtor_kind').toLowerCase();
  const debtorKind = kindText === '' ? 'business' : DEBTOR_KINDS[kindText];
  if (debtorKind === undefined) return fail({ _tag: 'InvalidDebtorKind', value: kindText });

  const issueText = reader.required('invoice_date');
  if (!issueText.ok) return issueText;
  const issueDate = parseDate(issueText.value);
  if (issueDate === null)
    return fail({ _tag: 'InvalidDate', field: 'invoice_date', value: issueText.value });
  if (issueDate > options.today)
    return fail({ _tag: 'IssueDateInFuture', issueDate, today: options.today });
  const dueBy = readDueBy(reader, issueDate);
  if (!dueBy.ok) return dueBy;

  const currencyText = reader.text('currency').toUpperCase();
  const currency = currencyText === '' ? options.defaultCurrency : currencyText;
  if (!isIsoCurrency(currency)) return fail({ _tag: 'InvalidCurrency', value: currencyText });
  if (options.requiredCurrency !== undefined && currency !== options.requiredCurrency) {
    return fail({ _tag: 'CurrencyMismatch', expected: options.requiredCurrency, actual: currency });
  }
  const amount = readAmount(reader, 'amount', currency);
  if (!amount.ok) return amount;
  if (amount.value <= 0) return fail({ _tag: 'NonPositiveAmount', value: reader.text('amount') });
  const open = readAmount(reader, 'open_amount', currency);
  if (!open.ok) return open;
  if (open.value < 0)
    return fail({ _tag: 'NegativeOpenAmount', value: reader.text('open_amount') });
  if (open.value > amount.value) {
    return fail({
      _tag: 'OpenAmountAboveAmount',
      amount: amount.value,
      open: open.value,
      currency,
    });
  }
  const amountMoney = money(amount.value, currency);
  const openMoney = money(open.value, currency);
  if (isLeft(amountMoney) || isLeft(openMoney)) {
    return fail({ _tag: 'InvalidAmount', field: 'amount', value: reader.text('amount') });
  }
  return ok({
    row,
    invoiceNumber: number.value,
    debtorId: debtor.right,
    debtorName: name.value,
    debtorKind,
    issueDate,
    dueBy: dueBy.value,
    amount: amountMoney.right,
    openAmount: openMoney.right,
    description: reader.text('description'),
  });
};

const readAmount = (
  reader: RowReader,
  field: 'amount' | 'open_amount',
  currency: string,
): Check<number> => {
  const text = reader.required(field);
  if (!text.ok) return text;
  const minor = parseAmount(text.value, minorDigitsOf(currency));
  return minor === null ? fail({ _tag: 'InvalidAmount', field, value: text.value }) : ok(minor);
};

/** A due date wins over a term when a row has both; a row needs one of them. */
const readDueBy = (reader: RowReader, issueDate: string): Check<DueBy> => {
  const dueText = reader.text('due_date');
  if (dueText !== '') {
    const dueDate = parseDate(dueText);
    if (dueDate === null) return fail({ _tag: 'InvalidDate', field: 'due_date', value: dueText });
    return dueDate < issueDate
      ? fail({ _tag: 'DueBeforeIssue', issueDate, dueDate })
      : ok({ dueDate });
  }
  const termText = reader.text('payment_term_days');
  if (termText === '') {
    return fail({
      _tag: 'MissingField',
      field: reader.has('due_date') ? 'due_date' : 'payment_term_days',
    });
  }
  const days = parseTermDays(termText);
  return days === null
    ? fail({ _tag: 'InvalidTerm', value: termText })
    : ok({ paymentTermDays: days });
};
