import { parseAsOf } from '../analyst/as-of';
import { ACME } from '../analyst/testing/seed-books';
import { invoicesNumbered } from './invoices-numbered';
import { collectingIo } from './testing/collecting-io';
import { eventsInMemory } from './testing/events-in-memory';
import { issuedEvent } from './testing/issued-event';

describe('The invoices carrying a number', () => {
  const lookBack = '2026-03-05T12:00:00+01:00';
  const books = eventsInMemory([
    issuedEvent({ id: 'api-1', number: 'F-1', recordedAt: '2026-03-05T11:00:00.000Z' }, 1),
    issuedEvent({ id: 'api-2', number: 'F-1', recordedAt: '2026-03-05T11:00:00.001Z' }, 2),
  ]);
  const numbered = (asOf: string | undefined) =>
    invoicesNumbered(books, ACME, 'F-1', parseAsOf(asOf), collectingIo());

  it('are, --as-of, those whose issue was recorded by that instant, inclusive', async () => {
    expect((await numbered(lookBack)).map((invoice) => invoice.invoiceId)).toEqual(['api-1']);
  });

  it('are all that carry it when not looking back', async () => {
    expect((await numbered(undefined)).map((invoice) => invoice.invoiceId)).toEqual([
      'api-1',
      'api-2',
    ]);
  });
});
