import { parseAsOf } from '../analyst/as-of';
import { ACME } from '../analyst/testing/seed-books';
import { AmbiguousInvoiceNumber, InvoiceNotFound } from './history.errors';
import { ResolvedInvoice, resolveInvoice } from './resolve-invoice';
import { collectingIo } from './testing/collecting-io';
import { countingReads } from './testing/counting-reads';
import { eventsInMemory } from './testing/events-in-memory';
import { IssuedAt, issuedEvent } from './testing/issued-event';
import { paidEvent } from './testing/paid-event';

const BEFORE_LOOK_BACK = '2026-03-02T09:00:00.000Z';
const LOOK_BACK = parseAsOf('2026-03-05T12:00:00+01:00');
const AFTER_LOOK_BACK = '2026-03-09T09:00:00.000Z';

const booksOf = (...issued: readonly IssuedAt[]) =>
  eventsInMemory(issued.map((invoice, i) => issuedEvent(invoice, i + 1)));

const resolve = (books: ReturnType<typeof booksOf>, argument: string, asOf = LOOK_BACK) =>
  resolveInvoice(books, ACME, argument, asOf, collectingIo());

describe('Resolving the invoice history shows', () => {
  describe('by number, --as-of an instant', () => {
    it('takes the one invoice that carried it then, though another took it later', async () => {
      const books = booksOf(
        { id: 'api-50', number: 'F-50', recordedAt: BEFORE_LOOK_BACK },
        { id: 'api-51', number: 'F-50', recordedAt: AFTER_LOOK_BACK },
      );

      const resolved = await resolve(books, 'F-50');

      expect(resolved).toMatchObject({ invoiceId: 'api-50', foundByNumber: 'F-50' });
    });

    it('still refuses a number that several invoices carried then', async () => {
      const books = booksOf(
        { id: 'api-50', number: 'F-50', recordedAt: BEFORE_LOOK_BACK },
        { id: 'api-51', number: 'F-50', recordedAt: BEFORE_LOOK_BACK },
      );

      const refusal = await resolve(books, 'F-50').catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(AmbiguousInvoiceNumber);
      expect((refusal as AmbiguousInvoiceNumber).invoiceIds).toEqual(['api-50', 'api-51']);
    });

    it('finds nothing under a number first carried after it', async () => {
      const books = booksOf({ id: 'api-60', number: 'F-60', recordedAt: AFTER_LOOK_BACK });

      await expect(resolve(books, 'F-60')).rejects.toBeInstanceOf(InvoiceNotFound);
      await expect(resolve(books, 'F-60', null)).resolves.toMatchObject({ invoiceId: 'api-60' });
    });
  });

  describe('by id', () => {
    it('shows the invoice with that id, naming the others that carry it as their number', async () => {
      const books = booksOf(
        { id: 'api-7', number: 'F-7', recordedAt: BEFORE_LOOK_BACK },
        { id: 'api-31', number: 'api-7', recordedAt: BEFORE_LOOK_BACK },
        { id: 'api-32', number: 'api-7', recordedAt: BEFORE_LOOK_BACK },
      );

      const resolved = await resolve(books, 'api-7');

      expect(resolved).toMatchObject({
        invoiceId: 'api-7',
        foundByNumber: null,
        othersNumberedAsTheId: ['api-31', 'api-32'],
      });
    });

    it('does not name the invoice itself when its number is its id', async () => {
      const books = booksOf({ id: 'F-70', number: 'F-70', recordedAt: BEFORE_LOOK_BACK });

      const resolved = await resolve(books, 'F-70');

      expect(resolved).toMatchObject({ invoiceId: 'F-70', othersNumberedAsTheId: [] });
    });

    it('names only the invoices that carried the id as their number --as-of', async () => {
      const books = booksOf(
        { id: 'api-7', number: 'F-7', recordedAt: BEFORE_LOOK_BACK },
        { id: 'api-31', number: 'api-7', recordedAt: AFTER_LOOK_BACK },
      );

      expect(await resolve(books, 'api-7')).toMatchObject({ othersNumberedAsTheId: [] });
      expect(await resolve(books, 'api-7', null)).toMatchObject({
        othersNumberedAsTheId: ['api-31'],
      });
    });
  });

  describe('by id, --as-of an instant', () => {
    it('takes it as the number it was then when no invoice had it as its id yet', async () => {
      const books = booksOf(
        { id: 'api-31', number: 'api-7', recordedAt: BEFORE_LOOK_BACK },
        { id: 'api-7', number: 'F-7', recordedAt: AFTER_LOOK_BACK },
      );

      expect(await resolve(books, 'api-7')).toMatchObject({
        invoiceId: 'api-31',
        foundByNumber: 'api-7',
        othersNumberedAsTheId: [],
      });
      expect(await resolve(books, 'api-7', null)).toMatchObject({
        invoiceId: 'api-7',
        foundByNumber: null,
        othersNumberedAsTheId: ['api-31'],
      });
    });

    it('finds nothing under an id first recorded after it that no invoice had as number', async () => {
      const books = booksOf({ id: 'api-7', number: 'F-7', recordedAt: AFTER_LOOK_BACK });

      await expect(resolve(books, 'api-7')).rejects.toBeInstanceOf(InvoiceNotFound);
    });
  });

  describe('from a JSONL file', () => {
    const books = () =>
      countingReads(
        eventsInMemory([
          issuedEvent({ id: 'api-7', number: 'F-7', recordedAt: BEFORE_LOOK_BACK }, 1),
          issuedEvent({ id: 'api-31', number: 'api-7', recordedAt: BEFORE_LOOK_BACK }, 2),
          paidEvent({ id: 'api-7', recordedAt: BEFORE_LOOK_BACK }, 3),
          paidEvent({ id: 'api-31', recordedAt: BEFORE_LOOK_BACK }, 4),
        ]),
      );
    const versionsOf = (resolved: ResolvedInvoice) =>
      resolved.events.map((event) => [event.streamId, event.streamVersion]);

    it('reads the file once for an id that is also a number', async () => {
      const file = books();

      const resolved = await resolveInvoice(file, ACME, 'api-7', null, collectingIo());

      expect(file.reads()).toBe(1);
      expect(resolved.othersNumberedAsTheId).toEqual(['api-31']);
      expect(versionsOf(resolved)).toEqual([
        ['invoice:acme:api-7', 1],
        ['invoice:acme:api-7', 2],
      ]);
    });

    it('reads the file once for a number, keeping every event of the invoice found', async () => {
      const file = books();

      const resolved = await resolveInvoice(file, ACME, 'F-7', null, collectingIo());

      expect(file.reads()).toBe(1);
      expect(resolved.foundByNumber).toBe('F-7');
      expect(versionsOf(resolved)).toEqual([
        ['invoice:acme:api-7', 1],
        ['invoice:acme:api-7', 2],
      ]);
    });
  });
});
