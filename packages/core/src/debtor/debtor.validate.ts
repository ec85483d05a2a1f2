import * as E from 'fp-ts/Either';
import { isDayCount } from '../policy/day-count';
import { DebtorError } from './debtor.errors';

/** Deliberately loose: one `@`, a dotted domain, no spaces; the mail server has the last word. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 254;

/** Accepts an e-mail address that could be delivered to, trimmed of surrounding spaces. */
export const validEmail = (email: string): E.Either<DebtorError, string> => {
  const trimmed = email.trim();
  return EMAIL.test(trimmed) && trimmed.length <= MAX_EMAIL_LENGTH
    ? E.right(trimmed)
    : E.left({ _tag: 'InvalidEmail', email });
};

/** A payment term is a whole number of days, 0 (cash) to 365. */
export const validPaymentTerm = (days: number): E.Either<DebtorError, number> =>
  isDayCount(days) ? E.right(days) : E.left({ _tag: 'InvalidPaymentTerm', paymentTermDays: days });

/** A reminder offset is a whole number of days after due, 0 to 365; null clears it. */
export const validReminderOffset = (days: number | null): E.Either<DebtorError, number | null> =>
  days === null || isDayCount(days)
    ? E.right(days)
    : E.left({ _tag: 'InvalidReminderOffset', reminderOffsetDays: days });

/** Validates a value only when it is given; an absent value passes as absent. */
export const ifGiven =
  <A, B>(validate: (value: A) => E.Either<DebtorError, B>) =>
  (value: A | undefined): E.Either<DebtorError, B | undefined> =>
    value === undefined ? E.right(undefined) : validate(value);
