import { InMemoryEventStore } from '@debiteur/eventstore';
import { runInvoiceCommand } from '@debiteur/application';
import { businessDateOf, calendarDate, money } from '@debiteur/core';
import { applyOpenItems } from './apply-open-items';
import { parseOpenItems } from './open-items-csv';
import { invoiceIdForNumber } from './sync-event-ids';
import { loadTenantInvoices } from './tenant-invoices';
import { allEvents, at, COLLECTOR, EUR, syncAt, syncedBooks, TENANT, valid } from './testing/books';

const NEXT = '2026-03-02T09:00:00+01:00';
const A_2 = 'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR';
/** A-1 as the accounting package now writes it, in lower case. */
const LOWER_A_1 = 'a-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR';

describe('The warnings of the accounting sync', () => {
  let events: InMemoryEventStore;
  let sync: ReturnType<typeof syncAt>;

  beforeEach(async () => {
    ({ events, sync } = await syncedBooks(
      '2026-03-01T09:00:00+01:00',
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR',
      A_2,
    ));
  });

  describe('of a new number that differs only in case from one Debiteur holds', () => {
    it('says the invoice held is settled as vanished when it is open and the file complete', async () => {
      const outcome = await sync(NEXT, LOWER_A_1, A_2);

      expect(outcome.counts).toMatchObject({ issued: 1, settled: 1 });
      expect(outcome.warnings.map((w) => w.warning)).toEqual([
        {
          _tag: 'CaseVariantNumber',
          other: 'A-1',
          otherRow: null,
          otherInStore: 'settledAsVanished',
        },
      ]);
    });

    it('says the invoice held is left as it is when it is no longer open', async () => {
      const paidInFull = await runInvoiceCommand(events, COLLECTOR, invoiceIdForNumber('A-1'), {
        type: 'RecordPayment',
        now: at(NEXT),
        amount: valid(money(10000, 'EUR')),
        paidOn: valid(calendarDate('2026-03-02')),
      });
      expect(paidInFull._tag).toBe('Accepted');

      const outcome = await sync(NEXT, LOWER_A_1, A_2);

      expect(outcome.counts).toMatchObject({ issued: 1, settled: 0 });
      expect(outcome.warnings.map((w) => w.warning)).toEqual([
        { _tag: 'CaseVariantNumber', other: 'A-1', otherRow: null, otherInStore: 'notOpen' },
      ]);
    });

    it('says the invoice held stays open when the file is incomplete', async () => {
      const outcome = await sync(
        NEXT,
        LOWER_A_1,
        A_2,
        ';k1;Klant Een;2026-02-03;2026-03-05;10,00;10,00;EUR',
      );

      expect(outcome).toMatchObject({ vanishedSkipped: true, counts: { issued: 1, settled: 0 } });
      expect(outcome.warnings.map((w) => w.warning)).toEqual([
        {
          _tag: 'CaseVariantNumber',
          other: 'A-1',
          otherRow: null,
          otherInStore: 'settlementSkipped',
        },
      ]);
    });
  });

  describe('of a known invoice whose invoice date in the file differs from the one held', () => {
    const MOVED_A_1 = 'A-1;k1;Klant Een;2026-01-02;2026-01-31;100,00;60,00;EUR';

    it('names both dates and still applies the rest of the row', async () => {
      const outcome = await sync(NEXT, MOVED_A_1, A_2);

      expect(outcome.warnings).toEqual([
        {
          row: 2,
          invoiceNumber: 'A-1',
          warning: {
            _tag: 'IssueDateDiffers',
            stored: '2026-01-01',
            inFile: '2026-01-02',
            byTerm: null,
          },
        },
      ]);
      expect(outcome.counts).toMatchObject({ paid: 1, unchanged: 1, rejected: 0 });
      const [held] = (await loadTenantInvoices(events, TENANT)).get('A-1') ?? [];
      expect(held?.state.issueDate).toBe('2026-01-01');
    });

    it('warns again on the next run, which records nothing', async () => {
      await sync(NEXT, MOVED_A_1, A_2);
      const count = (await allEvents(events)).length;

      const again = await sync('2026-03-03T09:00:00+01:00', MOVED_A_1, A_2);

      expect(again.warnings.map((w) => w.warning._tag)).toEqual(['IssueDateDiffers']);
      expect(again.counts).toMatchObject({ paid: 0, unchanged: 2 });
      expect(await allEvents(events)).toHaveLength(count);
    });

    it('names both due dates when the row gives a term, for they then differ too', async () => {
      const now = at(NEXT);
      const outcome = await applyOpenItems(
        { events, tenant: TENANT, now, correlationId: 't' },
        parseOpenItems(
          [
            'invoice;debtor;name;date;terms;amount;open',
            'A-1;k1;Klant Een;2026-01-02;30;100,00;100,00',
            'A-2;k1;Klant Een;2026-02-01;30;50,00;50,00',
          ].join('\n'),
          { defaultCurrency: EUR, today: businessDateOf(now) },
        ),
        await loadTenantInvoices(events, TENANT),
      );

      expect(outcome.warnings.map((w) => w.warning)).toEqual([
        {
          _tag: 'IssueDateDiffers',
          stored: '2026-01-01',
          inFile: '2026-01-02',
          byTerm: { paymentTermDays: 30, dueDateHeld: '2026-01-31', dueDateInFile: '2026-02-01' },
        },
      ]);
      expect(outcome.counts).toMatchObject({ adjusted: 0, unchanged: 2 });
    });

    it('warns of nothing when the dates agree', async () => {
      const outcome = await sync(
        NEXT,
        'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;60,00;EUR',
        A_2,
      );

      expect(outcome.warnings).toEqual([]);
      expect(outcome.counts).toMatchObject({ paid: 1, unchanged: 1 });
    });
  });
});
