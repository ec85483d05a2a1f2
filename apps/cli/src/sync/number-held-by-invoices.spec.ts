import { runInvoiceCommand } from '@debiteur/application';
import { businessDateOf, calendarDate, invoiceId, money } from '@debiteur/core';
import { InMemoryEventStore } from '@debiteur/eventstore';
import { applyOpenItems } from './apply-open-items';
import { parseOpenItems } from './open-items-csv';
import { loadTenantInvoices } from './tenant-invoices';
import {
  allEvents,
  at,
  COLLECTOR,
  EUR,
  HEADER,
  issueThroughApi,
  syncAt,
  syncedBooks,
  TENANT,
  valid,
} from './testing/books';

const FIRST = '2026-03-02T09:00:00+01:00';
const NEXT = '2026-03-03T09:00:00+01:00';
const A_1 = 'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR';
const F_7_PAID_IN_PART = 'F-7;k1;Klant Een;2026-02-01;2026-03-03;10,00;4,00;EUR';

describe('The accounting sync, when two open invoices in Debiteur carry one number', () => {
  let events: InMemoryEventStore;
  let sync: ReturnType<typeof syncAt>;

  beforeEach(async () => {
    ({ events, sync } = await syncedBooks(FIRST, A_1));
    // The API issues under any id, so two invoices can carry number F-7.
    await issueThroughApi(events, 'api-1', 'F-7', 1000);
    await issueThroughApi(events, 'api-2', 'F-7', 2500);
  });

  describe('and the file lists that number', () => {
    it('refuses the row, naming every invoice with the number, and applies the others', async () => {
      const outcome = await sync(
        NEXT,
        F_7_PAID_IN_PART,
        'B-1;k1;Klant Een;2026-02-02;2026-03-04;5,00;5,00;EUR',
      );

      expect(outcome.rejected).toEqual([
        {
          row: 2,
          invoiceNumber: 'F-7',
          problem: { _tag: 'NumberHeldByInvoices', invoiceIds: ['api-1', 'api-2'] },
        },
      ]);
      expect(outcome.counts).toMatchObject({ issued: 1, paid: 0, rejected: 1 });
      const paid = (await allEvents(events)).filter((e) => e.type === 'Paid');
      // A-1 vanished; neither F-7 is paid.
      expect(paid.map((e) => e.streamId)).toEqual([expect.stringContaining('A-1')]);
    });

    it('takes neither invoice with the number as vanished', async () => {
      const outcome = await sync(NEXT, A_1, F_7_PAID_IN_PART);

      expect(outcome.counts).toMatchObject({ settled: 0, paid: 0, unchanged: 1, rejected: 1 });
      expect((await allEvents(events)).filter((e) => e.type === 'Paid')).toEqual([]);
    });

    it('records nothing when the same file is synced again', async () => {
      await sync(NEXT, A_1, F_7_PAID_IN_PART);
      const count = (await allEvents(events)).length;

      const again = await sync('2026-03-04T09:00:00+01:00', A_1, F_7_PAID_IN_PART);

      expect(again.rejected.map((r) => r.problem._tag)).toEqual(['NumberHeldByInvoices']);
      expect(await allEvents(events)).toHaveLength(count);
    });
  });

  describe('and a complete file lacks that number', () => {
    it('settles every open invoice with the number, once', async () => {
      const first = await sync(NEXT, A_1);
      const count = (await allEvents(events)).length;
      const again = await sync('2026-03-04T09:00:00+01:00', A_1);

      expect(first.counts).toMatchObject({ settled: 2, unchanged: 1 });
      expect(first.unsettled).toEqual([]);
      const paid = (await allEvents(events)).filter((e) => e.type === 'Paid');
      expect(paid.map((e) => [e.streamId, e.data])).toEqual([
        [
          expect.stringContaining('api-1'),
          expect.objectContaining({ amount: { amount: 1000, currency: 'EUR' } }),
        ],
        [
          expect.stringContaining('api-2'),
          expect.objectContaining({ amount: { amount: 2500, currency: 'EUR' } }),
        ],
      ]);
      expect(again.counts).toMatchObject({ settled: 0, unchanged: 1 });
      expect(await allEvents(events)).toHaveLength(count);
    });

    it('names which of them it could not settle, and settles the other', async () => {
      const booksAtStart = await loadTenantInvoices(events, TENANT);
      // Meanwhile a collector records a payment on api-1.
      const meanwhile = await runInvoiceCommand(events, COLLECTOR, valid(invoiceId('api-1')), {
        type: 'RecordPayment',
        now: at(NEXT),
        amount: valid(money(300, 'EUR')),
        paidOn: valid(calendarDate('2026-03-03')),
      });
      expect(meanwhile._tag).toBe('Accepted');

      const outcome = await applyOpenItems(
        { events, tenant: TENANT, now: at(NEXT), correlationId: 'test' },
        parseOpenItems([HEADER, A_1].join('\n'), {
          defaultCurrency: EUR,
          today: businessDateOf(at(NEXT)),
        }),
        booksAtStart,
      );

      expect(outcome.unsettled).toEqual([
        {
          invoiceNumber: 'F-7',
          invoiceId: 'api-1',
          problem: expect.objectContaining({ _tag: 'ChangedDuringSync' }),
        },
      ]);
      expect(outcome.counts).toMatchObject({ settled: 1 });
    });
  });
});
