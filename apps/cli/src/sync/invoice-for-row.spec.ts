import { InMemoryEventStore, RecordedEvent } from '@debiteur/eventstore';
import {
  allEvents,
  handOverThroughApi,
  issueThroughApi,
  settleThroughApi,
  syncAt,
  syncedBooks,
  writeOffThroughApi,
} from './testing/books';

const FIRST = '2026-03-02T09:00:00+01:00';
const NEXT = '2026-03-03T09:00:00+01:00';
const LATER = '2026-03-04T09:00:00+01:00';
const A_1 = 'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR';

/** The row for the F-7 of 2026 (25.00, due 3 March), dated and open as given. */
const f7 = (open: string, issueDate = '2026-02-01'): string =>
  `F-7;k1;Klant Een;${issueDate};2026-03-03;25,00;${open};EUR`;

const paymentsOn = (events: readonly RecordedEvent[], id: string): unknown[] =>
  events
    .filter((e) => e.type === 'Paid' && e.streamId.endsWith(id))
    .map((e) => (e.data as { readonly amount: unknown }).amount);

describe('The accounting sync, when invoices in Debiteur reuse a number', () => {
  let events: InMemoryEventStore;
  let sync: ReturnType<typeof syncAt>;

  beforeEach(async () => {
    ({ events, sync } = await syncedBooks(FIRST, A_1));
  });

  describe.each([
    ['settled', (id: string) => settleThroughApi(events, id, 1000)],
    ['written off', (id: string) => writeOffThroughApi(events, id)],
  ])('and the older invoice is %s', (_closed, close) => {
    beforeEach(async () => {
      await issueThroughApi(events, 'api-old', 'F-7', 1000, { issueDate: '2024-03-01' });
      await close('api-old');
      await issueThroughApi(events, 'api-new', 'F-7', 2500);
    });

    it('reconciles the row with the invoice still being collected, leaving the older', async () => {
      const before = await allEvents(events);

      const outcome = await sync(NEXT, A_1, f7('4,00'));

      expect(outcome.rejected).toEqual([]);
      expect(outcome.warnings).toEqual([]);
      expect(outcome.counts).toMatchObject({ paid: 1, unchanged: 1 });
      const after = await allEvents(events);
      expect(paymentsOn(after, 'api-new')).toEqual([{ amount: 2100, currency: 'EUR' }]);
      expect(paymentsOn(after, 'api-old')).toEqual(paymentsOn(before, 'api-old'));
    });

    it('pays the newer invoice when it is handed over, as it would were it alone', async () => {
      await handOverThroughApi(events, 'api-new', LATER);

      const outcome = await sync(LATER, A_1, f7('4,00'));

      expect(outcome.rejected).toEqual([]);
      expect(paymentsOn(await allEvents(events), 'api-new')).toEqual([
        { amount: 2100, currency: 'EUR' },
      ]);
    });

    it('records nothing when the same file is synced again, also once it settled the row', async () => {
      const first = await sync(NEXT, A_1, f7('0'));
      const count = (await allEvents(events)).length;

      const again = await sync(LATER, A_1, f7('0'));

      expect(first.counts).toMatchObject({ settled: 1, unchanged: 1, rejected: 0 });
      expect(again.rejected).toEqual([]);
      expect(again.warnings).toEqual([]);
      expect(again.counts).toMatchObject({ settled: 0, unchanged: 2 });
      expect(await allEvents(events)).toHaveLength(count);
    });

    it('compares the invoice date with the invoice the row is matched with', async () => {
      const outcome = await sync(NEXT, A_1, f7('4,00', '2026-02-02'));

      expect(outcome.warnings).toEqual([
        {
          row: 3,
          invoiceNumber: 'F-7',
          warning: {
            _tag: 'IssueDateDiffers',
            stored: '2026-02-01',
            inFile: '2026-02-02',
            byTerm: null,
          },
        },
      ]);
      expect(outcome.counts).toMatchObject({ paid: 1, rejected: 0 });
    });
  });

  describe('and the newer invoice is settled while the older is still being collected', () => {
    beforeEach(async () => {
      await issueThroughApi(events, 'api-old', 'F-7', 1000, { issueDate: '2024-03-01' });
      await issueThroughApi(events, 'api-new', 'F-7', 2500);
      await settleThroughApi(events, 'api-new', 2500);
    });

    it('matches a row dated as the newer with the newer, and records nothing on the older', async () => {
      const before = await allEvents(events);

      const settled = await sync(NEXT, A_1, f7('0,00'));
      const stillOpen = await sync(NEXT, A_1, f7('4,00'));

      expect(settled.counts).toMatchObject({ unchanged: 2, paid: 0, adjusted: 0 });
      expect(stillOpen.rejected.map((row) => row.problem._tag)).toEqual([
        'OpenAmountAboveOutstanding',
      ]);
      expect(stillOpen.counts).toMatchObject({ paid: 0, adjusted: 0 });
      expect(await allEvents(events)).toEqual(before);
    });

    it('matches a row dated as the older with the older', async () => {
      const outcome = await sync(NEXT, A_1, f7('4,00', '2024-03-01'));

      expect(outcome.rejected).toEqual([]);
      expect(paymentsOn(await allEvents(events), 'api-old')).toEqual([
        { amount: 600, currency: 'EUR' },
      ]);
    });
  });

  describe('and several invoices with the number are still being collected', () => {
    it('refuses the row, naming only those', async () => {
      await issueThroughApi(events, 'api-old', 'F-7', 1000, { issueDate: '2024-03-01' });
      await settleThroughApi(events, 'api-old', 1000);
      await issueThroughApi(events, 'api-2', 'F-7', 2500);
      await issueThroughApi(events, 'api-3', 'F-7', 2500);

      const outcome = await sync(NEXT, A_1, f7('4,00'));

      expect(outcome.rejected).toEqual([
        {
          row: 3,
          invoiceNumber: 'F-7',
          problem: { _tag: 'NumberHeldByInvoices', invoiceIds: ['api-2', 'api-3'] },
        },
      ]);
      expect(paymentsOn(await allEvents(events), 'api-2')).toEqual([]);
    });
  });

  describe('and every invoice with the number is closed', () => {
    beforeEach(async () => {
      // Recorded first, issued last: the newer F-7, of k1, paid.
      await issueThroughApi(events, 'api-new', 'F-7', 2500);
      await settleThroughApi(events, 'api-new', 2500);
      // Recorded last, issued first: an F-7 of 2024, of another debtor, written off.
      await issueThroughApi(events, 'api-old', 'F-7', 1000, {
        issueDate: '2024-03-01',
        debtor: 'k2',
      });
      await writeOffThroughApi(events, 'api-old');
    });

    it('matches the row with the most recently issued one, which has nothing to record', async () => {
      const count = (await allEvents(events)).length;

      const outcome = await sync(NEXT, A_1, f7('0'));

      expect(outcome.rejected).toEqual([]);
      expect(outcome.warnings).toEqual([]);
      expect(outcome.counts).toMatchObject({ paid: 0, settled: 0, unchanged: 2 });
      expect(await allEvents(events)).toHaveLength(count);
    });

    it('refuses an open amount, as it does for a single settled invoice', async () => {
      const outcome = await sync(NEXT, A_1, f7('4,00'));

      expect(outcome.rejected.map((r) => r.problem)).toEqual([
        { _tag: 'OpenAmountAboveOutstanding', outstanding: 0, open: 400, currency: 'EUR' },
      ]);
    });
  });
});
