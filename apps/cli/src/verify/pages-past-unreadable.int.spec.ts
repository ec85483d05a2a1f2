import { openStores } from '@debiteur/application';
import { EventToAppend } from '@debiteur/eventstore';
import { makeEvent } from '@debiteur/eventstore/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { pagesPastUnreadable, UnreadableRow } from './pages-past-unreadable';

jest.setTimeout(60_000);

/** The event with metadata that has no `actor`: the SQLite table's CHECK lets it in. */
const withoutActor = (event: EventToAppend): EventToAppend => {
  const metadata = { ...event.metadata };
  Reflect.deleteProperty(metadata, 'actor');
  return { ...event, metadata };
};

const STREAMS = 5;
const PER_STREAM = 500;

describe('A SQLite store read past unreadable rows', () => {
  const folder = useTempFolder('past-unreadable', { per: 'test' });

  it('hands over every readable event once, in order, and names each unreadable row', async () => {
    const stores = await openStores(`sqlite:${folder.path('books.db')}`);
    // In the first page, at its end, in pages read ahead on the reading thread, side by
    // side, and last (pages of 1,000 events).
    const bad = new Set([1, 999, 1000, 1500, 1501, 2500]);
    const id = (n: number) => `e-${n}`;
    try {
      for (let s = 0; s < STREAMS; s += 1) {
        const events = Array.from({ length: PER_STREAM }, (_, k) => {
          const n = s * PER_STREAM + k + 1;
          const event = makeEvent({ eventId: id(n) });
          return bad.has(n) ? withoutActor(event) : event;
        });
        await stores.events.appendToStream(`invoice:t:${s}`, events, {
          expectedVersion: 'no-stream',
        });
      }
      const unreadable: UnreadableRow[] = [];
      const read: string[] = [];
      for await (const page of pagesPastUnreadable(stores.events, {}, 1_000, (row) =>
        unreadable.push(row),
      )) {
        read.push(...page.map((event) => event.eventId));
      }

      const all = Array.from({ length: STREAMS * PER_STREAM }, (_, k) => k + 1);
      expect(read).toEqual(all.filter((n) => !bad.has(n)).map(id));
      expect(unreadable.map((row) => row.eventId)).toEqual([...bad].map(id));
      expect(unreadable[3]).toMatchObject({
        streamId: 'invoice:t:2',
        streamVersion: 500,
        detail: expect.stringContaining('metadata.actor') as string,
      });
    } finally {
      await stores.close();
    }
  });
});
