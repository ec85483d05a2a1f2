import { CalendarDate, maxDate } from '../shared/calendar-date';
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

/**
 * The date money last moved on an invoice, given the latest so far and a new payment's or
 * credit note's date: the later of the two, so a backdated movement never moves it back.
 * The movement that leaves nothing owed settles the invoice on this date.
 */
export const latestMovementOn = (latest: CalendarDate | null, on: CalendarDate): CalendarDate =>
  latest === null ? on : maxDate(latest, on);
