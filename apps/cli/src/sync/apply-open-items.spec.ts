import {
  businessDateOf,
  calendarDate,
  debtorId,
  debtorStreamId,
  money,
  NonEmptyText,
} from '@debiteur/core';
import { InMemoryEventStore } from '@debiteur/eventstore';
import { runDebtorCommand, runInvoiceCommand } from '@debiteur/application';
import { applyOpenItems } from './apply-open-items';
import { parseOpenItems } from './open-items-csv';
import { invoiceIdForNumber } from './sync-event-ids';
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

describe('The accounting sync', () => {
  let events: InMemoryEventStore;
  let sync: ReturnType<typeof syncAt>;
  /** Applies the rows at `now` to the books as they were read before (a run's start). */
  const applyOnBooksReadBefore = (
    now: string,
    rows: readonly string[],
    booksAtStart: Awaited<ReturnType<typeof loadTenantInvoices>>,
  ) =>
    applyOpenItems(
      { events, tenant: TENANT, now: at(now), correlationId: 'test' },
      parseOpenItems([HEADER, ...rows].join('\n'), {
        defaultCurrency: EUR,
        today: businessDateOf(at(now)),
      }),
      booksAtStart,
    );

  beforeEach(async () => {
    ({ events, sync } = await syncedBooks(
      '2026-03-01T09:00:00+01:00',
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    ));
  });

  it('refuses a known invoice listed under another debtor', async () => {
    const outcome = await sync(
      '2026-03-02T09:00:00+01:00',
      'A-1;k2;Klant Twee;2026-01-01;2026-01-31;100,00;90,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );
    expect(outcome.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[2, 'DebtorMismatch']]);
    expect(outcome.counts).toMatchObject({ paid: 0, settled: 0, unchanged: 1 });
  });

  it('never raises what is owed', async () => {
    await sync(
      '2026-03-02T09:00:00+01:00',
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;60,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );
    const outcome = await sync(
      '2026-03-03T09:00:00+01:00',
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;80,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );
    expect(outcome.rejected.map((r) => r.problem)).toEqual([
      { _tag: 'OpenAmountAboveOutstanding', outstanding: 6000, open: 8000, currency: 'EUR' },
    ]);
  });

  it('refuses a known invoice in another currency', async () => {
    const outcome = await sync(
      '2026-03-02T09:00:00+01:00',
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;USD',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );
    expect(outcome.rejected.map((r) => r.problem._tag)).toEqual(['CurrencyMismatch']);
  });

  it('settles nothing that vanished when a row had no readable invoice number', async () => {
    const before = (await allEvents(events)).length;
    const outcome = await sync(
      '2026-03-02T09:00:00+01:00',
      ';k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR',
    );
    expect(outcome.vanishedSkipped).toBe(true);
    expect(outcome.counts.settled).toBe(0);
    expect(await allEvents(events)).toHaveLength(before);
  });

  it('does not take an invoice whose row was bad as vanished', async () => {
    const outcome = await sync(
      '2026-03-02T09:00:00+01:00',
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;abc;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );
    expect(outcome.counts).toMatchObject({ settled: 0, rejected: 1, unchanged: 1 });
  });

  it('does not take an invoice whose row is dated after the day of the sync as vanished', async () => {
    const outcome = await sync(
      '2026-03-02T09:00:00+01:00',
      'A-1;k1;Klant Een;2026-03-03;2026-04-02;100,00;100,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );
    expect(outcome.rejected.map((r) => [r.row, r.problem._tag])).toEqual([
      [2, 'IssueDateInFuture'],
    ]);
    expect(outcome.counts).toMatchObject({ settled: 0, unchanged: 1 });
  });

  it('warns when a new number differs only in case from one it holds and the file lacks', async () => {
    const outcome = await sync(
      '2026-03-02T09:00:00+01:00',
      'a-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );
    // Numbers are compared exactly: a-1 is another invoice, and A-1 has vanished.
    expect(outcome.counts).toMatchObject({ issued: 1, settled: 1, unchanged: 1 });
    expect(outcome.warnings).toEqual([
      {
        row: 2,
        invoiceNumber: 'a-1',
        warning: {
          _tag: 'CaseVariantNumber',
          other: 'A-1',
          otherRow: null,
          otherInStore: 'settledAsVanished',
        },
      },
    ]);
  });

  it('warns of a case variant once, as in the file, when the file lists both spellings', async () => {
    const outcome = await sync(
      '2026-03-02T09:00:00+01:00',
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR',
      'a-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );
    expect(outcome.counts).toMatchObject({ issued: 1, settled: 0, unchanged: 2 });
    expect(outcome.warnings.map((w) => [w.row, w.warning])).toEqual([
      [2, { _tag: 'CaseVariantNumber', other: 'a-1', otherRow: 3 }],
      [3, { _tag: 'CaseVariantNumber', other: 'A-1', otherRow: 2 }],
    ]);
  });

  it('settles an invoice whose open amount drops to zero, once', async () => {
    const rows = [
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;0;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    ];
    const first = await sync('2026-03-02T09:00:00+01:00', ...rows);
    const count = (await allEvents(events)).length;
    const second = await sync('2026-03-03T09:00:00+01:00', ...rows);

    expect(first.counts).toMatchObject({ settled: 1, unchanged: 1 });
    expect(second.counts).toMatchObject({ settled: 0, unchanged: 2 });
    expect(await allEvents(events)).toHaveLength(count);
  });

  it('records nothing on an invoice that changed after it read the books, and says so', async () => {
    const now = '2026-03-02T09:00:00+01:00';
    const rows = [
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;70,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    ];
    const booksAtStart = await loadTenantInvoices(events, TENANT);
    // Meanwhile a collector records the same 30.00 the accounting package saw.
    const meanwhile = await runInvoiceCommand(events, COLLECTOR, invoiceIdForNumber('A-1'), {
      type: 'RecordPayment',
      now: at(now),
      amount: valid(money(3000, 'EUR')),
      paidOn: valid(calendarDate('2026-03-02')),
    });
    expect(meanwhile._tag).toBe('Accepted');

    const outcome = await applyOnBooksReadBefore(now, rows, booksAtStart);
    expect(outcome.rejected.map((r) => [r.row, r.problem])).toEqual([
      [
        2,
        { _tag: 'ChangedDuringSync', command: 'RecordPayment', versionSeen: 1, currentVersion: 2 },
      ],
    ]);
    const paid = (await allEvents(events)).filter((e) => e.type === 'Paid');
    expect(paid.map((e) => e.data)).toEqual([
      expect.objectContaining({ amount: { amount: 3000, currency: 'EUR' } }),
    ]);
    // The next run reads the books as they are now, and finds nothing left to record.
    expect((await sync('2026-03-03T09:00:00+01:00', ...rows)).counts).toMatchObject({
      paid: 0,
      unchanged: 2,
      rejected: 0,
    });
  });

  it('reports a new number whose id was taken after it read the books as refused, not as changed', async () => {
    const now = '2026-03-02T09:00:00+01:00';
    const rows = [
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
      'F-1;k1;Klant Een;2026-02-01;2026-03-03;10,00;10,00;EUR',
    ];
    const booksAtStart = await loadTenantInvoices(events, TENANT);
    // Meanwhile a collector issues through the API under id F-1, with number 2024-001.
    await issueThroughApi(events, 'F-1', '2024-001', 1000);

    const outcome = await applyOnBooksReadBefore(now, rows, booksAtStart);
    expect(outcome.rejected.map((r) => r.problem)).toEqual([
      { _tag: 'CommandRejected', command: 'IssueInvoice', error: 'AlreadyIssued' },
    ]);
    // The next run reads the books as they are now, and issues F-1 under an id of its own.
    const next = await sync('2026-03-03T09:00:00+01:00', ...rows);
    expect(next.rejected).toEqual([]);
    expect(next.counts).toMatchObject({ issued: 1 });
  });

  it('issues for a new debtor whom a collector registered after the sync looked', async () => {
    const k9 = valid(debtorId('k9'));
    /** A store on which a collector registers k9 just after the sync found him missing. */
    class CollectorRegistersK9 extends InMemoryEventStore {
      private raced = false;
      override async streamVersion(streamId: string): Promise<number> {
        const version = await super.streamVersion(streamId);
        if (!this.raced && streamId === debtorStreamId(TENANT, k9)) {
          this.raced = true;
          const registered = await runDebtorCommand(this, COLLECTOR, k9, {
            type: 'RegisterDebtor',
            now: at('2026-03-02T09:00:00+01:00'),
            debtorId: k9,
            name: valid(NonEmptyText.decode('Klant Negen BV')),
            kind: 'business',
          });
          expect(registered._tag).toBe('Accepted');
        }
        return version;
      }
    }
    const racing = new CollectorRegistersK9();
    const outcome = await syncAt(racing)(
      '2026-03-02T09:00:00+01:00',
      'B-1;k9;Klant Negen;2026-02-01;2026-03-03;10,00;10,00;EUR',
    );
    expect(outcome.rejected).toEqual([]);
    expect(outcome.counts).toMatchObject({ issued: 1, debtorsRegistered: 0 });
    const types = (await allEvents(racing)).map((e) => e.type);
    expect(types).toEqual(['DebtorRegistered', 'Issued']);
  });

  it('moves the due date of an invoice given a new term in days', async () => {
    const outcome = await applyOpenItems(
      { events, tenant: TENANT, now: at('2026-03-02T09:00:00+01:00'), correlationId: 't' },
      parseOpenItems(
        [
          'invoice;debtor;name;date;terms;amount;open',
          'A-1;k1;Klant Een;2026-01-01;45;100,00;100,00',
          'A-2;k1;Klant Een;2026-02-01;30;50,00;50,00',
        ].join('\n'),
        { defaultCurrency: EUR, today: businessDateOf(at('2026-03-02T09:00:00+01:00')) },
      ),
      await loadTenantInvoices(events, TENANT),
    );
    expect(outcome.counts).toMatchObject({ adjusted: 1, unchanged: 1 });
    const adjusted = (await allEvents(events)).filter((e) => e.type === 'TermsAdjusted');
    expect(adjusted.map((e) => e.data)).toEqual([
      { previousDueDate: '2026-01-31', dueDate: '2026-02-15', paymentTermDays: 45 },
    ]);
  });

  it('records the payment of a row whose new due date it refuses, and says why', async () => {
    // The file dates A-1 in December, and its due date falls before the date Debiteur holds.
    const outcome = await sync(
      '2026-03-02T09:00:00+01:00',
      'A-1;k1;Klant Een;2025-12-01;2025-12-20;100,00;40,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR',
    );

    expect(outcome.rejected.map((r) => [r.row, r.problem])).toEqual([
      [2, { _tag: 'DueBeforeIssueDateHeld', dueDate: '2025-12-20', issueDateHeld: '2026-01-01' }],
    ]);
    expect(outcome.counts).toMatchObject({ paid: 1, adjusted: 0, rejected: 1 });
    const paid = (await allEvents(events)).filter((e) => e.type === 'Paid');
    expect(paid.map((e) => e.data)).toEqual([
      expect.objectContaining({ amount: { amount: 6000, currency: 'EUR' } }),
    ]);
    expect((await allEvents(events)).filter((e) => e.type === 'TermsAdjusted')).toEqual([]);
  });
});
