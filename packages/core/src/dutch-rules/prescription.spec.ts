import { day } from '../shared/test-values.spec-helpers';
import { isCloseToPrescription, isPrescribed, prescriptionDate } from './prescription';

describe('Prescription', () => {
  it.each([
    ['five years from the day after the due date', '2020-03-15', false, null, '2025-03-16'],
    ['two years for a consumer purchase (art. 7:28)', '2020-03-15', true, null, '2022-03-16'],
    ['a new five years after a written reminder', '2020-03-15', false, '2023-06-30', '2028-07-01'],
    [
      'a new two years after a reminder on a consumer purchase',
      '2020-03-15',
      true,
      '2021-12-01',
      '2023-12-02',
    ],
    [
      'no restart from a reminder before the due date',
      '2020-03-15',
      false,
      '2020-03-01',
      '2025-03-16',
    ],
    ['28 February when the term starts on 29 February', '2024-02-28', false, null, '2029-02-28'],
  ])('is %s', (_label, due, consumerPurchase, interruption, expected) => {
    expect(
      prescriptionDate({
        claimDueDate: day(due),
        consumerPurchase,
        lastInterruption: interruption === null ? null : day(interruption),
      }),
    ).toBe(day(expected));
  });

  it.each([
    ['2025-03-01', 30, true],
    ['2025-03-01', 10, false],
    ['2025-03-15', 0, false],
    ['2025-03-15', 1, true],
    ['2025-03-16', 30, false],
  ])('on %s within %i days is close: %s', (today, within, expected) => {
    expect(isCloseToPrescription(day('2025-03-16'), day(today), within)).toBe(expected);
  });

  it('is prescribed from the prescription date on', () => {
    expect(isPrescribed(day('2025-03-16'), day('2025-03-15'))).toBe(false);
    expect(isPrescribed(day('2025-03-16'), day('2025-03-16'))).toBe(true);
  });
});
