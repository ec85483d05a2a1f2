import { RecordedEvent } from '@debiteur/eventstore';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeJsonlEvents } from '../jsonl/jsonl-events';
import { recordedEvent } from '../testing/recorded-event';
import { withEventSource } from './event-source';

const event = (n: number, tenantId: string, category: string): RecordedEvent =>
  recordedEvent(n, {
    streamId: `${category}:${tenantId}:S-${n}`,
    streamVersion: 1,
    metadata: { ...recordedEvent(n).metadata, tenantId },
  });

describe('a JSONL event source', () => {
  const folder = useTempFolder('source', { per: 'test' });

  it('counts what it gives, with and without a filter', async () => {
    const path = folder.path('events.jsonl');
    const events = [
      event(1, 'acme', 'invoice'),
      event(2, 'bolt', 'invoice'),
      event(3, 'acme', 'debtor'),
      event(4, 'acme', 'invoice'),
    ];
    await writeJsonlEvents(path, events);
    await withEventSource(`jsonl:${path}`, async (source) => {
      const given = async (filter = {}) => {
        let count = 0;
        for await (const page of source.pages(filter)) count += page.length;
        return count;
      };
      expect(await source.count()).toBe(4);
      expect(await source.count({ tenantId: 'acme' })).toBe(3);
      expect(await source.count({ tenantId: 'acme', categories: ['invoice'] })).toBe(2);
      for (const filter of [{}, { tenantId: 'acme' }, { categories: ['debtor' as const] }]) {
        expect(await source.count(filter)).toBe(await given(filter));
      }
    });
  });

  it("reads one tenant's events without looking at the time of another's", async () => {
    const path = folder.path('two-tenants.jsonl');
    const bolts = { ...event(2, 'bolt', 'invoice'), recordedAt: '2025-02-30T10:00:00Z' };
    await writeJsonlEvents(path, [event(1, 'acme', 'invoice'), bolts, event(3, 'acme', 'invoice')]);
    await withEventSource(`jsonl:${path}`, async (source) => {
      const acme: RecordedEvent[] = [];
      for await (const e of source.events({ tenantId: 'acme' })) acme.push(e);
      expect(acme.map((e) => e.eventId)).toEqual([
        event(1, 'acme', 'invoice').eventId,
        event(3, 'acme', 'invoice').eventId,
      ]);

      const bolt = async () => {
        for await (const _ of source.events({ tenantId: 'bolt' })) continue;
      };
      await expect(bolt()).rejects.toEqual(
        expect.objectContaining({ name: 'JsonlLineInvalid', line: 2 }) as unknown,
      );
    });
  });
});
