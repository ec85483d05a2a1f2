import {
  CalendarDate,
  Currency,
  DebtorId,
  Instant,
  InvoiceId,
  MinorUnits,
  Money,
  NonEmptyText,
  PaymentLink,
  TenantId,
} from '@debiteur/core';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';

/** Test values through the core's own codecs: a typo fails the test instead of being cast. */
const valid =
  <A>(codec: t.Type<A, unknown, unknown>) =>
  (value: unknown): A => {
    const decoded = codec.decode(value);
    if (E.isLeft(decoded)) throw new Error(`not a valid ${codec.name}: ${String(value)}`);
    return decoded.right;
  };

export const day = (iso: string): CalendarDate => valid(CalendarDate)(iso);
export const at = (iso: string): Instant => valid(Instant)(iso);
export const text = (s: string): NonEmptyText => valid(NonEmptyText)(s);
export const link = (s: string): PaymentLink => valid(PaymentLink)(s);
export const tenant = (s: string): TenantId => valid(TenantId)(s);
export const debtor = (s: string): DebtorId => valid(DebtorId)(s);
export const invoice = (s: string): InvoiceId => valid(InvoiceId)(s);
export const cents = (amount: number, currency = 'EUR'): Money => ({
  amount: valid(MinorUnits)(amount),
  currency: valid(Currency)(currency),
});
