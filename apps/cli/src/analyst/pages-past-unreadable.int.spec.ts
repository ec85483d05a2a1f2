import { openStores, Stores } from '@debiteur/application';
import { GlobalPosition, ReadAllOptions, RecordedEvent } from '@debiteur/eventstore';
import { makeEvent } from '@debiteur/eventstore/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { pagesPastUnreadable, UnreadableRow } from './pages-past-unreadable';
import { withoutActor } from './testing/without-actor';

jest.setTimeout(60_000);

const PER_STREAM = 500;
const id = (n: number) => `e-${n}`;
const numbered = (count: number) => Array.from({ length: count }, (_, k) => k + 1);

/** Appends e-1 … e-count in that order, 500 to a stream; those in `bad` without actor. */
const appendEvents = async (stores: Stores, count: number, bad: ReadonlySet<number>) => {
  for (let first = 1; first <= count; first += PER_STREAM) {
    const events = numbered(Math.min(PER_STREAM, count - first + 1)).map((k) => {
      const event = makeEvent({ eventId: id(first + k - 1) });
      return bad.has(first + k - 1) ? withoutActor(event) : event;
    });
    await stores.events.appendToStream(`invoice:t:${(first - 1) / PER_STREAM}`, events, {
      expectedVersion: 'no-stream',
    });
  }
};

/**
 * A read the store was asked for, and how many readable events had come since the last
 * unreadable row (null before the first).
 */
interface AskedRead {
  readonly after: GlobalPosition | null;
  readonly batchSize: number | undefined;
  readonly readableSinceUnreadable: number | null;
}

/** Reads the store past unreadable rows, recording each read asked of the real store. */
const readPastUnreadable = async (stores: Stores, batchSize: number) => {
  const events: RecordedEvent[] = [];
  const unreadable: UnreadableRow[] = [];
  const reads: AskedRead[] = [];
  let readableSinceUnreadable = 0;
  const readAllPages = stores.events.readAllPages.bind(stores.events);
  jest.spyOn(stores.events, 'readAllPages').mockImplementation((options?: ReadAllOptions) => {
    reads.push({
      after: options?.after ?? null,
      batchSize: options?.batchSize,
      readableSinceUnreadable: unreadable.length === 0 ? null : readableSinceUnreadable,
    });
    return readAllPages(options);
  });
  const onUnreadable = (row: UnreadableRow) => {
    unreadable.push(row);
    readableSinceUnreadable = 0;
  };
  for await (const page of pagesPastUnreadable(stores.events, {}, batchSize, onUnreadable)) {
    events.push(...page);
    readableSinceUnreadable += page.length;
  }
  return { events, unreadable, reads };
};

/** The event ids of the events and rows, ordered by the global position each came with. */
const idsByPosition = (events: readonly RecordedEvent[], rows: readonly UnreadableRow[]) =>
  [...events, ...rows]
    .map(({ globalPosition, eventId }) => ({ position: BigInt(globalPosition), eventId }))
    .sort((a, b) => (a.position < b.position ? -1 : 1))
    .map(({ eventId }) => eventId);

describe('A SQLite store read past unreadable rows', () => {
  const folder = useTempFolder('past-unreadable', { per: 'test' });
  let stores: Stores;

  beforeEach(async () => {
    stores = await openStores(`sqlite:${folder.path('books.db')}`);
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await stores.close();
  });

  it('hands over every readable event once, in order, and names each unreadable row', async () => {
    // In the first page, at its end, in pages read ahead on the reading thread, side by
    // side, and last (pages of 1,000 events).
    const bad = new Set([1, 999, 1000, 1500, 1501, 2500]);
    await appendEvents(stores, 2_500, bad);

    const { events, unreadable } = await readPastUnreadable(stores, 1_000);

    const all = numbered(2_500);
    expect(events.map((event) => event.eventId)).toEqual(all.filter((n) => !bad.has(n)).map(id));
    expect(unreadable.map((row) => row.eventId)).toEqual([...bad].map(id));
    expect(unreadable[3]).toMatchObject({
      streamId: 'invoice:t:2',
      streamVersion: 500,
      detail: expect.stringContaining('metadata.actor') as string,
    });
  });

  describe('with long runs of unreadable rows, readable ones between and after them', () => {
    // Pages of 100: a run first, every other row, a run of 400 in pages read ahead, one
    // alone, a run last.
    const ranges = (from: number, to: number, step = 1) =>
      numbered(to - from + 1)
        .filter((k) => (k - 1) % step === 0)
        .map((k) => from + k - 1);
    const bad = new Set([
      ...ranges(1, 30),
      ...ranges(231, 529, 2),
      ...ranges(1001, 1400),
      1777,
      ...ranges(2451, 2500),
    ]);

    it('hands over every readable event once and names every unreadable row once, in global order', async () => {
      await appendEvents(stores, 2_500, bad);

      const { events, unreadable } = await readPastUnreadable(stores, 100);

      const all = numbered(2_500);
      expect(events.map((event) => event.eventId)).toEqual(all.filter((n) => !bad.has(n)).map(id));
      expect(unreadable.map((row) => row.eventId)).toEqual([...bad].map(id));
      expect(idsByPosition(events, unreadable)).toEqual(all.map(id));
    });

    it('after an unreadable row asks for no more than twice the readable events since, plus one', async () => {
      await appendEvents(stores, 2_500, bad);

      const { reads } = await readPastUnreadable(stores, 100);

      const afterUnreadable = reads.flatMap(({ batchSize, readableSinceUnreadable: since }) =>
        since === null ? [] : [{ batchSize, limit: 2 * since + 1 }],
      );
      expect(afterUnreadable.length).toBeGreaterThan(bad.size);
      for (const read of afterUnreadable) expect(read.batchSize).toBeLessThanOrEqual(read.limit);
      // So a row of a run costs one read of one event: it is the read that fails.
      expect(afterUnreadable.filter((read) => read.limit === 1)).toHaveLength(bad.size);
    });
  });

  it('closes in on an unreadable row with reads of half the size, then doubles them back to the bulk read', async () => {
    await appendEvents(stores, 40, new Set([3]));

    const { events, unreadable, reads } = await readPastUnreadable(stores, 8);

    const positionOf = new Map(
      [...events, ...unreadable].map((event) => [event.eventId, event.globalPosition]),
    );
    // Pages of 8: the first fails at e-3, and so does the one of 4; the one of 2 reads e-1 and
    // e-2, the one of 1 fails at e-3 itself. Then 1, 2 and 4 readable events, and the bulk
    // read takes the rest, after 7 readable events in a row.
    expect(reads.map(({ after, batchSize }) => ({ after, batchSize }))).toEqual([
      { after: null, batchSize: 8 },
      { after: null, batchSize: 4 },
      { after: null, batchSize: 2 },
      { after: positionOf.get(id(2)), batchSize: 1 },
      { after: positionOf.get(id(3)), batchSize: 1 },
      { after: positionOf.get(id(4)), batchSize: 2 },
      { after: positionOf.get(id(6)), batchSize: 4 },
      { after: positionOf.get(id(10)), batchSize: 8 },
    ]);
    expect(events.map((event) => event.eventId)).toEqual(
      numbered(40)
        .filter((n) => n !== 3)
        .map(id),
    );
    expect(unreadable.map((row) => row.eventId)).toEqual([id(3)]);
  });
});
