import { EventStore, ReadAllFilter, RecordedEvent } from '../../event-store.port';
import { collect, makeEvent, take, uniqueStreamId, uniqueTenantId } from '../make-event';
import { ContractContext } from './contract-context';

interface Seeded {
  readonly tenantId: string;
  readonly ids: readonly string[];
}

/** Ten events of one tenant spread over three streams, interleaved. */
const seed = async (store: EventStore): Promise<Seeded> => {
  const tenantId = uniqueTenantId();
  const streams = [1, 2, 3].map(() => uniqueStreamId('invoice', tenantId));
  const ids: string[] = [];
  for (let n = 0; n < 10; n += 1) {
    const event = makeEvent({ tenantId, data: { n } });
    await store.appendToStream(streams[n % 3] ?? '', [event], { expectedVersion: 'any' });
    ids.push(event.eventId);
  }
  return { tenantId, ids };
};

const idsOf = (events: readonly RecordedEvent[]): string[] => events.map((e) => e.eventId);

export const readAllContract = ({ store }: ContractContext): void => {
  describe('reading all events', () => {
    it('yields events in the order they were committed', async () => {
      const { tenantId, ids } = await seed(store());

      expect(idsOf(await collect(store().readAll({ filter: { tenantId } })))).toEqual(ids);
    });

    it('yields the same sequence whatever the page size', async () => {
      const { tenantId, ids } = await seed(store());

      for (const batchSize of [1, 3, 10, 1000]) {
        expect(idsOf(await collect(store().readAll({ filter: { tenantId }, batchSize })))).toEqual(
          ids,
        );
      }
    });

    it('hands over the same events a page at a time, no page empty or above the page size', async () => {
      const { tenantId, ids } = await seed(store());

      for (const batchSize of [1, 3, 10, 1000]) {
        const pages = await collect(store().readAllPages({ filter: { tenantId }, batchSize }));
        expect(idsOf(pages.flat())).toEqual(ids);
        expect(pages.every((page) => page.length >= 1 && page.length <= batchSize)).toBe(true);
      }
      const firstFour = await take(store().readAll({ filter: { tenantId }, batchSize: 3 }), 4);
      const after = firstFour[3]?.globalPosition ?? null;
      const rest = await collect(
        store().readAllPages({ after, filter: { tenantId }, batchSize: 4 }),
      );
      expect(idsOf(rest.flat())).toEqual(ids.slice(4));
    });

    it('resumes after a checkpoint with exactly the events not read yet', async () => {
      const { tenantId, ids } = await seed(store());
      const firstFour = await take(store().readAll({ filter: { tenantId }, batchSize: 3 }), 4);
      const checkpoint = firstFour[3]?.globalPosition ?? null;

      const rest = await collect(
        store().readAll({ after: checkpoint, filter: { tenantId }, batchSize: 3 }),
      );

      expect(idsOf(firstFour)).toEqual(ids.slice(0, 4));
      expect(idsOf(rest)).toEqual(ids.slice(4));
    });

    it('yields nothing after the last event', async () => {
      const { tenantId } = await seed(store());
      const all = await collect(store().readAll({ filter: { tenantId } }));

      const after = all[all.length - 1]?.globalPosition ?? null;
      expect(await collect(store().readAll({ after, filter: { tenantId } }))).toEqual([]);
    });

    it('reads from the start when the checkpoint is null', async () => {
      const { tenantId, ids } = await seed(store());

      expect(idsOf(await collect(store().readAll({ after: null, filter: { tenantId } })))).toEqual(
        ids,
      );
    });

    it('hands out positions that survive JSON and still resume', async () => {
      const { tenantId, ids } = await seed(store());
      const firstSix = await take(store().readAll({ filter: { tenantId } }), 6);
      const position = firstSix[5]?.globalPosition;

      expect(typeof position).toBe('string');
      const saved: unknown = JSON.parse(JSON.stringify({ checkpoint: position }));
      expect(saved).toEqual({ checkpoint: position });
      const restored =
        typeof saved === 'object' && saved !== null && 'checkpoint' in saved
          ? saved.checkpoint
          : null;
      const rest = await collect(
        store().readAll({
          after: typeof restored === 'string' ? restored : null,
          filter: { tenantId },
        }),
      );
      expect(idsOf(rest)).toEqual(ids.slice(6));
    });
  });

  describe('filtering all events', () => {
    it('by tenant', async () => {
      const acme = uniqueTenantId();
      const globex = uniqueTenantId();
      const acmeIds: string[] = [];
      for (let n = 0; n < 6; n += 1) {
        const tenantId = n % 2 === 0 ? acme : globex;
        const event = makeEvent({ tenantId });
        await store().appendToStream(uniqueStreamId('invoice', tenantId), [event], {
          expectedVersion: 'no-stream',
        });
        if (tenantId === acme) acmeIds.push(event.eventId);
      }

      expect(
        idsOf(await collect(store().readAll({ filter: { tenantId: acme }, batchSize: 2 }))),
      ).toEqual(acmeIds);
    });

    it('by stream category, the stream id up to its first colon', async () => {
      const tenantId = uniqueTenantId();
      const byCategory = new Map<string, string[]>();
      for (const category of [
        'invoice',
        'debtor',
        'tenant',
        'invoices',
        'other',
        'invoice',
        'debtor',
      ]) {
        const event = makeEvent({ tenantId });
        await store().appendToStream(uniqueStreamId(category, tenantId), [event], {
          expectedVersion: 'no-stream',
        });
        byCategory.set(category, [...(byCategory.get(category) ?? []), event.eventId]);
      }

      const invoices = await collect(
        store().readAll({ filter: { tenantId, categories: ['invoice'] }, batchSize: 2 }),
      );
      const mixed = await collect(
        store().readAll({ filter: { tenantId, categories: ['debtor', 'tenant'] } }),
      );

      expect(idsOf(invoices)).toEqual(byCategory.get('invoice'));
      expect(idsOf(mixed).sort()).toEqual(
        [...(byCategory.get('debtor') ?? []), ...(byCategory.get('tenant') ?? [])].sort(),
      );
    });

    it('counts what it would give, with and without a filter', async () => {
      const tenantId = uniqueTenantId();
      for (const category of ['invoice', 'debtor', 'invoice', 'other', 'tenant']) {
        await store().appendToStream(
          uniqueStreamId(category, tenantId),
          [makeEvent({ tenantId })],
          {
            expectedVersion: 'no-stream',
          },
        );
      }
      const filters: ReadAllFilter[] = [
        { tenantId },
        { tenantId, categories: ['invoice'] },
        { tenantId, categories: ['debtor', 'tenant'] },
        { categories: ['invoice'] },
        {},
      ];
      for (const filter of filters) {
        expect(await store().countAll(filter)).toBe(
          (await collect(store().readAll({ filter }))).length,
        );
      }
      expect(await store().countAll()).toBe((await collect(store().readAll())).length);
      expect(await store().countAll({ tenantId, categories: ['invoice'] })).toBe(2);
    });

    it('by category across tenants', async () => {
      const acme = uniqueTenantId();
      const globex = uniqueTenantId();
      await store().appendToStream(
        uniqueStreamId('invoice', acme),
        [makeEvent({ tenantId: acme })],
        {
          expectedVersion: 'no-stream',
        },
      );
      await store().appendToStream(
        uniqueStreamId('tenant', globex),
        [makeEvent({ tenantId: globex })],
        {
          expectedVersion: 'no-stream',
        },
      );

      const tenantEvents = await collect(store().readAll({ filter: { categories: ['tenant'] } }));
      expect(tenantEvents.some((e) => e.metadata.tenantId === globex)).toBe(true);
      expect(tenantEvents.every((e) => e.streamId.startsWith('tenant:'))).toBe(true);
    });

    it('resumes a filtered read from a checkpoint of that read', async () => {
      const tenantId = uniqueTenantId();
      const invoiceIds: string[] = [];
      for (let n = 0; n < 8; n += 1) {
        const category = n % 2 === 0 ? 'invoice' : 'debtor';
        const event = makeEvent({ tenantId });
        await store().appendToStream(uniqueStreamId(category, tenantId), [event], {
          expectedVersion: 'no-stream',
        });
        if (category === 'invoice') invoiceIds.push(event.eventId);
      }
      const filter: ReadAllFilter = { tenantId, categories: ['invoice'] };
      const [first] = await take(store().readAll({ filter }), 1);

      const rest = await collect(store().readAll({ after: first?.globalPosition ?? null, filter }));
      expect(idsOf(rest)).toEqual(invoiceIds.slice(1));
    });
  });

  describe('head position', () => {
    it('is null for an empty store', async () => {
      expect(await store().headPosition()).toBeNull();
    });

    it('is the position of the newest event', async () => {
      const tenantId = uniqueTenantId();
      await store().appendToStream(uniqueStreamId('invoice', tenantId), [makeEvent({ tenantId })], {
        expectedVersion: 'no-stream',
      });
      const last = await store().appendToStream(
        uniqueStreamId('debtor', tenantId),
        [makeEvent({ tenantId }), makeEvent({ tenantId })],
        { expectedVersion: 'no-stream' },
      );

      expect(await store().headPosition()).toBe(last.lastPosition);
      const all = await collect(store().readAll());
      expect(all[all.length - 1]?.globalPosition).toBe(last.lastPosition);
    });
  });
};
