import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { Currency, money, Money, zero } from '../shared/money';

/**
 * Money of a whole number of minor units computed by a rule of this folder. Every rule
 * rounds to whole cents and stays far below the safe-integer range, so the fallback to
 * zero is unreachable; it keeps the rules total without a cast.
 */
export const minorUnits = (amount: number, currency: Currency): Money =>
  pipe(
    money(amount, currency),
    E.getOrElse(() => zero(currency)),
  );

/**
 * `numerator / denominator` rounded half up to a whole number, exactly (BigInt), for
 * non-negative numerators and positive denominators: statutory amounts are rounded to the cent.
 */
export const divideRoundHalfUp = (numerator: bigint, denominator: bigint): number =>
  Number((numerator * 2n + denominator) / (denominator * 2n));
