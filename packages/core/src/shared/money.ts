import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { majorUnitsText } from './minor-units';

export interface CurrencyBrand {
  readonly Currency: unique symbol;
}
export interface MinorUnitsBrand {
  readonly MinorUnits: unique symbol;
}

/** An ISO 4217 currency code such as `EUR`. */
export const Currency = t.brand(
  t.string,
  (s): s is t.Branded<string, CurrencyBrand> => /^[A-Z]{3}$/.test(s),
  'Currency',
);
export type Currency = t.TypeOf<typeof Currency>;

/**
 * A whole number of the currency's minor units (cents for EUR; ADR 0003), within the range
 * JavaScript counts exactly.
 */
export const MinorUnits = t.brand(
  t.number,
  (n): n is t.Branded<number, MinorUnitsBrand> => Number.isSafeInteger(n),
  'MinorUnits',
);
export type MinorUnits = t.TypeOf<typeof MinorUnits>;

/** An amount of money: integer minor units plus an ISO currency, never a float. */
export const Money = t.readonly(t.strict({ amount: MinorUnits, currency: Currency }), 'Money');
export type Money = t.TypeOf<typeof Money>;

/**
 * Money above zero, as a payment or credit note moves it: the decider refuses any other
 * amount, and decoding does too, so an import cannot bring one in (the reports rely on
 * movements only reducing what is owed; docs/adr/0025). Its type is still `Money`.
 */
export const PositiveMoney = new t.Type<Money, t.OutputOf<typeof Money>, unknown>(
  'PositiveMoney',
  (u): u is Money => Money.is(u) && u.amount > 0,
  (u, context) => {
    const decoded = Money.validate(u, context);
    if (E.isLeft(decoded) || decoded.right.amount > 0) return decoded;
    return t.failure(u, context);
  },
  Money.encode,
);

export interface InvalidMoney {
  readonly _tag: 'InvalidMoney';
  readonly amount: number;
  readonly currency: string;
}

export interface CurrencyMismatch {
  readonly _tag: 'CurrencyMismatch';
  readonly expected: Currency;
  readonly actual: Currency;
}

/** Builds money from minor units; refuses fractions, unsafe integers and non-ISO codes. */
export const money = (amount: number, currency: string): E.Either<InvalidMoney, Money> =>
  MinorUnits.is(amount) && Currency.is(currency)
    ? E.right({ amount, currency })
    : E.left({ _tag: 'InvalidMoney', amount, currency });

/** Zero in the given currency. */
export const zero = (currency: Currency): Money => ({ amount: 0 as MinorUnits, currency });

const sameCurrency = (a: Money, b: Money): E.Either<CurrencyMismatch, Currency> =>
  a.currency === b.currency
    ? E.right(a.currency)
    : E.left({ _tag: 'CurrencyMismatch', expected: a.currency, actual: b.currency });

const withAmount = (currency: Currency, amount: number): Money => ({
  amount: amount as MinorUnits,
  currency,
});

/** Adds two amounts; money of different currencies is never added. */
export const add = (a: Money, b: Money): E.Either<CurrencyMismatch, Money> =>
  E.map((currency: Currency) => withAmount(currency, a.amount + b.amount))(sameCurrency(a, b));

/** Subtracts `b` from `a`; money of different currencies is never subtracted. */
export const subtract = (a: Money, b: Money): E.Either<CurrencyMismatch, Money> =>
  E.map((currency: Currency) => withAmount(currency, a.amount - b.amount))(sameCurrency(a, b));

/**
 * Adds within one currency for folds that must stay total: a foreign amount can only come
 * from a hand-made stream (deciders reject it before anything is emitted), and is left out
 * rather than thrown on.
 */
export const plusSameCurrency = (a: Money, b: Money): Money =>
  a.currency === b.currency ? withAmount(a.currency, a.amount + b.amount) : a;

/** Subtracts within one currency for total folds; a foreign amount is left out (see `plusSameCurrency`). */
export const minusSameCurrency = (a: Money, b: Money): Money =>
  a.currency === b.currency ? withAmount(a.currency, a.amount - b.amount) : a;

/** The larger of an amount and zero: what is still owed never goes below nothing. */
export const clampAtZero = (a: Money): Money => (a.amount < 0 ? zero(a.currency) : a);

export const isZero = (a: Money): boolean => a.amount === 0;
export const isPositive = (a: Money): boolean => a.amount > 0;
export const isNegative = (a: Money): boolean => a.amount < 0;

/** Orders two amounts of one currency (negative: a < b). */
export const compare = (a: Money, b: Money): E.Either<CurrencyMismatch, number> =>
  E.map(() => a.amount - b.amount)(sameCurrency(a, b));

/** The sum of several amounts in one currency; an empty list sums to zero. */
export const sum = (
  currency: Currency,
  amounts: readonly Money[],
): E.Either<CurrencyMismatch, Money> =>
  amounts.reduce<E.Either<CurrencyMismatch, Money>>(
    (acc, next) => E.chain((total: Money) => add(total, next))(acc),
    E.right(zero(currency)),
  );

/** Formats for people, e.g. `EUR 121.00` or `JPY 1500`; not for parsing. */
export const formatMoney = (a: Money): string => `${a.currency} ${majorUnitsText(a)}`;
