import { issueDateDiffers } from './issue-date-differs';
import { OpenItem } from './open-items.types';
import { KnownInvoice } from './tenant-invoices';

/** A row dating invoice A-1 a day later than the store, with a 30-day term. */
const row = {
  row: 3,
  invoiceNumber: 'A-1',
  issueDate: '2026-01-02',
  dueBy: { paymentTermDays: 30 },
} as unknown as OpenItem;

const held = (status: string) =>
  ({
    state: { status, issueDate: '2026-01-01', dueDate: '2026-01-15' },
  }) as unknown as KnownInvoice;

describe('issueDateDiffers', () => {
  it("names the due date an open invoice takes from the row's term: counted from its own date", () => {
    expect(issueDateDiffers(row, held('open'))?.warning).toMatchObject({
      byTerm: { dueDateHeld: '2026-01-31', dueDateInFile: '2026-02-01' },
    });
  });

  it('names the due date a handed-over invoice keeps, for the sync leaves its terms alone', () => {
    expect(issueDateDiffers(row, held('handed-over'))?.warning).toMatchObject({
      byTerm: { dueDateHeld: '2026-01-15', dueDateInFile: '2026-02-01' },
    });
  });
});
