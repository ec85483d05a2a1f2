import { StoreUnavailable } from '@debiteur/eventstore';
import { makeEvent, uniqueStreamId, uniqueTenantId } from '@debiteur/eventstore/testing';
import { readAheadPages } from './read-ahead';
import { openSqliteEventStore, SqliteEventStore } from './sqlite-event-store';
import { TempFolder, tempFolder } from './testing/temp-folder';

describe('A bulk read on a file, read ahead on a thread of its own', () => {
  let folder: TempFolder;
  let store: SqliteEventStore;
  const ids: string[] = [];

  beforeAll(async () => {
    folder = tempFolder();
    store = openSqliteEventStore({ path: folder.path() });
    const tenantId = uniqueTenantId();
    const streams = [1, 2, 3, 4].map(() => uniqueStreamId('invoice', tenantId));
    // Appended concurrently, so group commit writes them in a few transactions.
    const events = Array.from({ length: 1_000 }, (_, n) => makeEvent({ tenantId, data: { n } }));
    await Promise.all(
      events.map((event, n) =>
        store.appendToStream(streams[n % 4] ?? '', [event], { expectedVersion: 'any' }),
      ),
    );
    for await (const event of store.readAll()) ids.push(event.eventId);
  });
  afterAll(async () => {
    await store.close();
    folder.remove();
  });

  it('hands over every event once, in order, in pages far beyond what it reads ahead', async () => {
    const pages: string[][] = [];
    for await (const page of store.readAllPages({ batchSize: 30 })) {
      pages.push(page.map((event) => event.eventId));
    }
    expect(pages).toHaveLength(Math.ceil(1_000 / 30));
    expect(pages.flat()).toEqual(ids);
    expect(ids).toHaveLength(1_000);
  });

  it('reads again from the start when a reader stopped early, as often as asked', async () => {
    for (let run = 0; run < 3; run += 1) {
      let taken = 0;
      for await (const page of store.readAllPages({ batchSize: 50 })) {
        taken += page.length;
        if (taken >= 200) break;
      }
      expect(taken).toBe(200);
    }
    const all: string[] = [];
    for await (const page of store.readAllPages({ batchSize: 50 })) {
      all.push(...page.map((event) => event.eventId));
    }
    expect(all).toEqual(ids);
  });

  it('fails a read the thread cannot run with StoreUnavailable', async () => {
    const pages = readAheadPages({
      path: folder.path(),
      sql: 'SELECT * FROM no_such_table WHERE position > @after LIMIT @limit',
      params: {},
      after: 0n,
      limit: 10,
    });
    await expect(pages.next()).rejects.toThrow(StoreUnavailable);
  });

  it('fails a read of a file that is not there with StoreUnavailable', async () => {
    const pages = readAheadPages({
      path: folder.path('missing.db'),
      sql: 'SELECT 1',
      params: {},
      after: 0n,
      limit: 10,
    });
    await expect(pages.next()).rejects.toMatchObject({
      name: 'StoreUnavailable',
      message: expect.stringMatching(/missing\.db/),
    });
  });
});
