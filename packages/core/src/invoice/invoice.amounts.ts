import { clampAtZero, minusSameCurrency, Money, plusSameCurrency } from '../shared/money';

/**
 * Money arithmetic within one invoice, whose amounts share the invoice's currency. `decide`
 * rejects foreign currencies before anything is emitted, so a foreign amount can only come
 * from a hand-made stream; it is then left out rather than thrown on, keeping `evolve` total.
 */
export const plus = plusSameCurrency;
export const minus = minusSameCurrency;

/** What is still owed: the amount less payments and credit notes, never below zero. */
export const owed = (amount: Money, paid: Money, credited: Money): Money =>
  clampAtZero(minus(minus(amount, paid), credited));

/** The part of an incoming amount beyond what is still owed: it becomes a credit balance. */
export const excessOver = (incoming: Money, outstanding: Money): Money =>
  clampAtZero(minus(incoming, outstanding));

/** True when `a` is at least `b` (same currency). */
export const atLeast = (a: Money, b: Money): boolean =>
  a.currency === b.currency && a.amount >= b.amount;
