import { InMemoryEventStore } from '../memory/in-memory-event-store';
import { RecordedEvent } from '../event-store.port';
import { makeEvent } from '../testing/make-event';
import { subscribeToAll } from './subscribe-to-all';

const waitUntil = async (condition: () => boolean, timeoutMs = 2_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('A catch-up subscription to all events', () => {
  it('delivers events already stored and those appended later, once each, in order', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('invoice:t1:a', [makeEvent(), makeEvent()], {
      expectedVersion: 'no-stream',
    });
    const seen: RecordedEvent[] = [];
    const stop = new AbortController();
    const running = subscribeToAll(
      store,
      { after: null, pollIntervalMs: 5, signal: stop.signal },
      async (event) => {
        seen.push(event);
      },
    );
    await waitUntil(() => seen.length === 2);
    await store.appendToStream('invoice:t1:b', [makeEvent()], { expectedVersion: 'no-stream' });
    await store.appendToStream('invoice:t1:a', [makeEvent()], { expectedVersion: 2 });
    await waitUntil(() => seen.length === 4);
    stop.abort();
    const last = await running;

    expect(seen.map((e) => [e.streamId, e.streamVersion])).toEqual([
      ['invoice:t1:a', 1],
      ['invoice:t1:a', 2],
      ['invoice:t1:b', 1],
      ['invoice:t1:a', 3],
    ]);
    expect(new Set(seen.map((e) => e.eventId)).size).toBe(4);
    expect(last).toBe(seen[3]?.globalPosition);
  });

  it('resumes after the checkpoint it was given, and stops with a throwing handler', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('debtor:t1:d', [makeEvent(), makeEvent(), makeEvent()], {
      expectedVersion: 'no-stream',
    });
    const all: RecordedEvent[] = [];
    for await (const event of store.readAll()) all.push(event);

    const failing = subscribeToAll(
      store,
      {
        after: all[0]?.globalPosition ?? null,
        pollIntervalMs: 5,
        signal: new AbortController().signal,
      },
      async (event) => {
        if (event.streamVersion === 3) throw new Error('projection bug');
      },
    );
    await expect(failing).rejects.toThrow('projection bug');

    const resumed: number[] = [];
    const stop = new AbortController();
    const running = subscribeToAll(
      store,
      { after: all[1]?.globalPosition ?? null, pollIntervalMs: 5, signal: stop.signal },
      async (event) => {
        resumed.push(event.streamVersion);
      },
    );
    await waitUntil(() => resumed.length === 1);
    stop.abort();
    await running;
    expect(resumed).toEqual([3]);
  });
});
