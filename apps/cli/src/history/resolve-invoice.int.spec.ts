import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { EventSource, withEventSource } from '../analyst/event-source';
import { ACME } from '../analyst/testing/seed-books';
import { resolveInvoice } from './resolve-invoice';
import { collectingIo } from './testing/collecting-io';
import { issueThroughApi } from './testing/numbered-books';

describe('Resolving the invoice history shows, in a store', () => {
  const folder = useTempFolder('resolve-invoice', { per: 'describe' });
  let location: string;

  beforeAll(async () => {
    location = `sqlite:${folder.path('books.db')}`;
    await issueThroughApi(location, [
      { id: 'api-7', number: 'F-7' },
      { id: 'api-31', number: 'api-7' },
    ]);
  });

  /** Resolves `argument`, noting the streams read and the scans of the store's events. */
  const readsResolving = (argument: string) =>
    withEventSource(location, async (source: EventSource) => {
      const events = source.stores?.events;
      if (events === undefined) throw new Error('not a store');
      const streams = jest.spyOn(events, 'readStream');
      const scans = jest.spyOn(events, 'readAllPages');
      const resolved = await resolveInvoice(source, ACME, argument, null, collectingIo());
      return {
        resolved,
        streamsRead: streams.mock.calls.map(([streamId]) => streamId),
        scans: scans.mock.calls.length,
      };
    });

  it('reads the stream of an id once and scans the invoice events once for it as number', async () => {
    const { resolved, streamsRead, scans } = await readsResolving('api-7');

    expect(resolved).toMatchObject({ invoiceId: 'api-7', othersNumberedAsTheId: ['api-31'] });
    expect(resolved.events).toHaveLength(1);
    expect(streamsRead).toEqual(['invoice:acme:api-7']);
    expect(scans).toBe(1);
  });

  it('reads no stream twice for a number, and scans once', async () => {
    const { resolved, streamsRead, scans } = await readsResolving('F-7');

    expect(resolved).toMatchObject({ invoiceId: 'api-7', foundByNumber: 'F-7' });
    expect(resolved.events).toHaveLength(1);
    expect(streamsRead).toEqual(['invoice:acme:F-7', 'invoice:acme:api-7']);
    expect(scans).toBe(1);
  });
});
