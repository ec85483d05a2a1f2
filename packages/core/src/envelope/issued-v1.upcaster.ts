import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import * as t from 'io-ts';
import { InvoiceEventOf } from '../invoice/invoice.events';
import { addDays, CalendarDate } from '../shared/calendar-date';
import { record } from '../shared/codec';
import { decodeWith } from '../shared/decode-errors';
import { DebtorId, InvoiceId } from '../shared/ids';
import { Currency, MinorUnits } from '../shared/money';
import { NonEmptyText } from '../shared/text';
import { Upcaster } from './upcaster';

export interface NonNegativeIntBrand {
  readonly NonNegativeInt: unique symbol;
}

// A negative term would upcast to a due date before the issue date; such a row is refused.
const TermDays = t.brand(
  t.Int,
  (n): n is t.Branded<t.Int, NonNegativeIntBrand> => n >= 0,
  'NonNegativeInt',
);

/**
 * `Issued` data as the first release stored it: a payment term but no due date, flat money,
 * and an optional description. Frozen: old rows keep this shape forever. The term is a whole
 * number of days, zero or more, and the amount a safe integer of cents; a row that breaks
 * this is bad history and is refused rather than upcast to an impossible due date.
 */
export const IssuedV1Data = record(
  {
    invoiceId: InvoiceId,
    debtorId: DebtorId,
    number: NonEmptyText,
    issueDate: CalendarDate,
    termDays: TermDays,
    amountCents: MinorUnits,
    currency: Currency,
  },
  { description: t.string },
);
export type IssuedV1Data = t.TypeOf<typeof IssuedV1Data>;

/**
 * `Issued` v1 → v2: the due date is the issue date plus the term, the term is kept as
 * `paymentTermDays`, the amount becomes `{ amount, currency }`, and a missing description
 * becomes the empty text. Typed against the current data so a schema change shows up here;
 * when `Issued` moves to v3, freeze the v2 shape beside this file and type against that.
 */
export const issuedV1ToV2: Upcaster = (data) =>
  pipe(
    decodeWith(IssuedV1Data)(data),
    E.map((v1): InvoiceEventOf<'Issued'>['data'] => ({
      invoiceId: v1.invoiceId,
      debtorId: v1.debtorId,
      number: v1.number,
      issueDate: v1.issueDate,
      dueDate: addDays(v1.issueDate, v1.termDays),
      paymentTermDays: v1.termDays,
      amount: { amount: v1.amountCents, currency: v1.currency },
      description: v1.description ?? '',
    })),
  );
