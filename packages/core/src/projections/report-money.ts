import { Currency, minusSameCurrency, Money, plusSameCurrency, zero } from '../shared/money';

/**
 * Money arithmetic for the reports. Amounts inside one invoice share its currency; a foreign
 * amount can only come from a hand-made stream and is left out rather than thrown on, so
 * every fold stays total.
 */
export const plus = plusSameCurrency;
export const minus = minusSameCurrency;

/** Sums of money kept apart by currency: amounts of different currencies are never added. */
export type MoneyByCurrency = Readonly<Record<string, Money>>;

export const addByCurrency = (totals: MoneyByCurrency, amount: Money): MoneyByCurrency => ({
  ...totals,
  [amount.currency]: plus(totals[amount.currency] ?? zero(amount.currency), amount),
});

/** The currencies present, in code order, so reports list them predictably. */
export const currenciesOf = (totals: MoneyByCurrency): readonly Currency[] =>
  Object.values(totals)
    .map((m) => m.currency)
    .sort();

export const totalIn = (totals: MoneyByCurrency, currency: Currency): Money =>
  totals[currency] ?? zero(currency);

/** The amounts, one per currency, in currency-code order. */
export const listByCurrency = (totals: MoneyByCurrency): readonly Money[] =>
  currenciesOf(totals).map((currency) => totalIn(totals, currency));
