import { InMemoryEventStore, RecordedEvent } from '@debiteur/eventstore';
import {
  allEvents,
  handOverThroughApi,
  settleThroughApi,
  syncAt,
  syncedBooks,
  writeOffThroughApi,
} from './testing/books';

const FIRST = '2026-03-01T09:00:00+01:00';
const LATER = '2026-03-04T09:00:00+01:00';
const A_1 = 'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR';
const A_2 = 'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;EUR';

const paymentsOn = (events: readonly RecordedEvent[], number: string): unknown[] =>
  events
    .filter((e) => e.type === 'Paid' && e.streamId.endsWith(`:${number}`))
    .map((e) => (e.data as { readonly amount: unknown }).amount);

describe('Invoices missing from the file', () => {
  let events: InMemoryEventStore;
  let sync: ReturnType<typeof syncAt>;

  beforeEach(async () => {
    ({ events, sync } = await syncedBooks(FIRST, A_1, A_2));
  });

  it('are not settled when a row has more fields than the header', async () => {
    const outcome = await sync(
      LATER,
      A_1,
      'X-9;k1;Klant Een;2026-02-01;2026-03-03;50;00;50,00;EUR',
    );

    expect(outcome.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[3, 'MalformedRow']]);
    expect(outcome).toMatchObject({ vanishedSkipped: true, counts: { settled: 0 } });
    expect(paymentsOn(await allEvents(events), 'A-2')).toEqual([]);
  });

  it('are not settled when a quote left open joined their row to the one before', async () => {
    const outcome = await sync(
      LATER,
      'A-1;k1;"Klant Een;2026-01-01;2026-01-31;100,00;100,00;EUR',
      'A-2;k1;Klant Een;2026-02-01;2026-03-03;50,00;50,00;"EUR"',
    );

    expect(outcome.rejected.map((r) => [r.row, r.problem._tag])).toEqual([[2, 'MalformedRow']]);
    expect(outcome).toMatchObject({ vanishedSkipped: true, counts: { settled: 0, paid: 0 } });
    expect(paymentsOn(await allEvents(events), 'A-2')).toEqual([]);
  });

  it('do not include one the file lists twice, whose rows record nothing', async () => {
    const outcome = await sync(
      LATER,
      'A-1;k1;Klant Een;2026-01-01;2026-01-31;100,00;50,00;EUR',
      'A-1;k1;Klant Een;2026-01-01;2026-02-28;100,00;50,00;EUR',
      A_2,
    );

    expect(outcome.rejected.map((r) => [r.row, r.problem._tag])).toEqual([
      [2, 'DuplicateInvoiceNumber'],
      [3, 'DuplicateInvoiceNumber'],
    ]);
    expect(outcome.counts).toMatchObject({ paid: 0, settled: 0, adjusted: 0, unchanged: 1 });
    expect(paymentsOn(await allEvents(events), 'A-1')).toEqual([]);
  });

  it('are reported, and left as they are, when handed over to collection', async () => {
    await handOverThroughApi(events, 'A-2', LATER);

    const outcome = await sync(LATER, A_1);

    expect(outcome.counts).toMatchObject({ settled: 0, unchanged: 1 });
    expect(outcome.vanishedNotOpen).toEqual([
      {
        invoiceNumber: 'A-2',
        invoiceId: 'A-2',
        status: 'handed-over',
        outstanding: { amount: 5000, currency: 'EUR' },
      },
    ]);
    expect(paymentsOn(await allEvents(events), 'A-2')).toEqual([]);
  });

  it('are not reported when the file is incomplete, for none is known to have vanished', async () => {
    await handOverThroughApi(events, 'A-2', LATER);

    const outcome = await sync(LATER, A_1, ';k1;Klant Een;2026-02-01;2026-03-03;5,00;5,00;EUR');

    expect(outcome.vanishedSkipped).toBe(true);
    expect(outcome.vanishedNotOpen).toEqual([]);
  });

  it.each([
    ['settled', () => settleThroughApi(events, 'A-2', 5000)],
    ['written off', () => writeOffThroughApi(events, 'A-2')],
  ])('are not reported when %s, as the books agree', async (_closed, close) => {
    await close();

    const outcome = await sync(LATER, A_1);

    expect(outcome.vanishedNotOpen).toEqual([]);
  });
});
