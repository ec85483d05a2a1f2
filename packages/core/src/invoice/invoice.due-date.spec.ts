import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { addDays, daysBetween } from '../shared/calendar-date';
import { dueDateFor } from './invoice.due-date';
import { day } from './invoice.spec-helpers';

describe('dueDateFor', () => {
  const issueDate = day('2026-02-20');

  it('counts calendar days across month ends and leap days', () =>
    expect(dueDateFor(day('2028-02-20'), { paymentTermDays: 10 })).toStrictEqual(
      E.right({ dueDate: day('2028-03-01'), paymentTermDays: 10 }),
    ));

  it('fills in the term for an explicit due date', () =>
    expect(dueDateFor(issueDate, { dueDate: day('2026-03-22') })).toStrictEqual(
      E.right({ dueDate: day('2026-03-22'), paymentTermDays: 30 }),
    ));

  it('refuses a due date before the issue date', () =>
    expect(dueDateFor(issueDate, { dueDate: day('2026-02-19') })).toMatchObject(
      E.left({ _tag: 'InvalidTerms' }),
    ));

  it('gives the same terms either way round', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (days) => {
        const byDays = dueDateFor(issueDate, { paymentTermDays: days });
        const byDate = dueDateFor(issueDate, { dueDate: addDays(issueDate, days) });
        expect(byDate).toStrictEqual(byDays);
        expect(E.isRight(byDays) && daysBetween(issueDate, byDays.right.dueDate)).toBe(days);
      }),
      { numRuns: 200 },
    ));
});
