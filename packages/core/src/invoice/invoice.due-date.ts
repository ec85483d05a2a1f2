import * as E from 'fp-ts/Either';
import { addDays, CalendarDate, daysBetween, isBefore } from '../shared/calendar-date';
import { DueBy } from './invoice.commands';
import { InvoiceError } from './invoice.errors';

/** An invoice's payment terms with both forms filled: the due date and the days to it. */
export interface Terms {
  readonly dueDate: CalendarDate;
  readonly paymentTermDays: number;
}

export type InvalidTerms = Extract<InvoiceError, { _tag: 'InvalidTerms' }>;

const invalid = (
  issueDate: CalendarDate,
  dueDate: CalendarDate | null,
  paymentTermDays: number | null,
): E.Either<InvalidTerms, Terms> =>
  E.left({ _tag: 'InvalidTerms', issueDate, dueDate, paymentTermDays });

/**
 * The terms of an invoice issued on `issueDate`, given either a due date or a payment term
 * in days: an invoice can fall due on its issue date but never before it, and a term is a
 * whole, non-negative number of days that lands on a real calendar date.
 */
export const dueDateFor = (
  issueDate: CalendarDate,
  dueBy: DueBy,
): E.Either<InvalidTerms, Terms> => {
  if ('dueDate' in dueBy) {
    const paymentTermDays = daysBetween(issueDate, dueBy.dueDate);
    return isBefore(dueBy.dueDate, issueDate)
      ? invalid(issueDate, dueBy.dueDate, paymentTermDays)
      : E.right({ dueDate: dueBy.dueDate, paymentTermDays });
  }
  const days = dueBy.paymentTermDays;
  if (!Number.isSafeInteger(days) || days < 0) return invalid(issueDate, null, days);
  const dueDate = addDays(issueDate, days);
  // A term of centuries leaves luxon's range; the result is then no calendar date at all.
  return CalendarDate.is(dueDate)
    ? E.right({ dueDate, paymentTermDays: days })
    : invalid(issueDate, null, days);
};
