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
});
