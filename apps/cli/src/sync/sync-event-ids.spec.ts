import { InvoiceId } from '@debiteur/core';
import { freeInvoiceIdForNumber, invoiceIdForNumber } from './sync-event-ids';

const heldAmong =
  (...held: string[]) =>
  (id: InvoiceId): boolean =>
    held.includes(id);

const nothingHeld = heldAmong();

describe('The id a new invoice is issued under', () => {
  it('is its number when no invoice holds that id', () => {
    expect(freeInvoiceIdForNumber('F-5', heldAmong('F-6', 'f-5'))).toBe('F-5');
  });

  it('is a readable form plus a hash for a number that is no valid id', () => {
    expect(freeInvoiceIdForNumber('2024/17', nothingHeld)).toMatch(/^inv-2024-17-[0-9a-f]{8}$/);
    expect(freeInvoiceIdForNumber('2024/17', nothingHeld)).toBe(invoiceIdForNumber('2024/17'));
  });

  describe('when another invoice holds the id its number would give', () => {
    it('is the hashed form of the number, the same every time', () => {
      const id = freeInvoiceIdForNumber('F-5', heldAmong('F-5'));

      expect(id).toMatch(/^inv-F-5-[0-9a-f]{8}$/);
      expect(freeInvoiceIdForNumber('F-5', heldAmong('F-5'))).toBe(id);
    });

    it('is the hashed form with -2, -3, … while that is held as well', () => {
      const hashed = freeInvoiceIdForNumber('F-5', heldAmong('F-5'));

      expect(freeInvoiceIdForNumber('F-5', heldAmong('F-5', hashed))).toBe(`${hashed}-2`);
      expect(freeInvoiceIdForNumber('F-5', heldAmong('F-5', hashed, `${hashed}-2`))).toBe(
        `${hashed}-3`,
      );
    });

    it('moves a number that is no valid id on from its hashed form the same way', () => {
      const hashed = invoiceIdForNumber('2024/17');

      expect(freeInvoiceIdForNumber('2024/17', heldAmong(hashed))).toBe(`${hashed}-2`);
    });

    it('keeps to the limits of an id for the longest numbers', () => {
      const number = '9'.repeat(128);
      const hashed = freeInvoiceIdForNumber(number, heldAmong(number));

      expect(freeInvoiceIdForNumber(number, heldAmong(number, hashed))).toMatch(
        /^inv-9{100}-[0-9a-f]{8}-2$/,
      );
    });
  });
});
