import { EventDecodeFailed, ExpectedVersionConflict, StoreUnavailable } from '../errors';
import { AppendOptions, AppendResult, EventToAppend } from '../event-store.port';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import {
  COUNTER_LIMIT,
  CounterCommand,
  CounterEvent,
  CounterState,
  LimitReached,
  counterCodec,
  counterContext,
  counterDecider,
} from '../testing/counter.fixture';
import { makeEvent } from '../testing/make-event';
import { handleCommand, HandleCommandInput } from './handle-command';

const tenantId = 'tenant-counter';
const streamId = 'counter:tenant-counter:c1';

type CounterInput = HandleCommandInput<CounterCommand, CounterEvent, CounterState, LimitReached>;

const input = (
  store: InMemoryEventStore,
  command: CounterCommand,
  extra: Partial<CounterInput> = {},
): CounterInput => ({
  store,
  streamId,
  decider: counterDecider,
  codec: counterCodec,
  command,
  context: counterContext(tenantId),
  sleep: async () => undefined,
  ...extra,
});

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const increment = (by = 1): CounterCommand => ({ type: 'Increment', by });

/** A store whose appends always lose the race, counting how often they were tried. */
class AlwaysBeaten extends InMemoryEventStore {
  appends = 0;
  override async appendToStream(
    id: string,
    _events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.appends += 1;
    throw new ExpectedVersionConflict(id, options.expectedVersion, 7);
  }
}

describe('handleCommand', () => {
  describe('on a new stream', () => {
    it('appends the decided events with the context as metadata and the injected ids', async () => {
      const store = new InMemoryEventStore();
      const result = await handleCommand({
        ...input(store, increment(5)),
        newEventId: () => 'event-1',
      });

      expect(result).toMatchObject({ _tag: 'Accepted', version: 1, state: { count: 5 } });
      const [recorded] = await store.readStream(streamId);
      expect(recorded).toMatchObject({
        eventId: 'event-1',
        type: 'Incremented',
        schemaVersion: 1,
        data: { by: 5 },
        metadata: counterContext(tenantId),
      });
      expect(result._tag === 'Accepted' && result.position).toBe(recorded?.globalPosition);
    });
  });

  describe('on an existing stream', () => {
    it('decides against the state folded from its history', async () => {
      const store = new InMemoryEventStore();
      for (const by of [1, 2, 3]) await handleCommand(input(store, increment(by)));

      const result = await handleCommand(input(store, increment(10)));

      expect(result).toMatchObject({ _tag: 'Accepted', version: 4, state: { count: 16 } });
      expect(result._tag === 'Accepted' && result.events).toEqual([
        { type: 'Incremented', data: { by: 10 } },
      ]);
    });

    it('returns a rejection as a value and appends nothing', async () => {
      const store = new InMemoryEventStore();
      await handleCommand(input(store, increment(COUNTER_LIMIT)));

      const result = await handleCommand(input(store, increment()));

      expect(result).toMatchObject({
        _tag: 'Rejected',
        error: { _tag: 'LimitReached', count: COUNTER_LIMIT },
        version: 1,
      });
      expect(await store.streamVersion(streamId)).toBe(1);
    });

    it('appends nothing when the decision has no events', async () => {
      const store = new InMemoryEventStore();

      const result = await handleCommand(input(store, { type: 'Reset' }));

      expect(result).toMatchObject({ _tag: 'Accepted', version: 0, events: [], position: null });
      expect(await store.headPosition()).toBeNull();
    });

    it('throws a data fault for history it cannot decode', async () => {
      const store = new InMemoryEventStore();
      await store.appendToStream(streamId, [makeEvent({ type: 'Exploded' })], {
        expectedVersion: 'any',
      });

      await expect(handleCommand(input(store, increment()))).rejects.toBeInstanceOf(
        EventDecodeFailed,
      );
    });
  });

  describe('with concurrent writers', () => {
    it('accepts every command through retries and ends at the version of their count', async () => {
      const store = new InMemoryEventStore();
      const writers = 20;

      const results = await Promise.all(
        Array.from({ length: writers }, () =>
          handleCommand({
            ...input(store, increment()),
            sleep: realSleep,
            retry: { maxAttempts: writers },
          }),
        ),
      );

      expect(results.every((r) => r._tag === 'Accepted')).toBe(true);
      expect(results.some((r) => r.attempts > 1)).toBe(true);
      expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(
        Array.from({ length: writers }, (_, i) => i + 1),
      );
      expect(await store.streamVersion(streamId)).toBe(writers);
    });

    it('gives up after the last attempt and throws the conflict', async () => {
      const store = new AlwaysBeaten();

      await expect(
        handleCommand({ ...input(store, increment()), retry: { maxAttempts: 4 } }),
      ).rejects.toBeInstanceOf(ExpectedVersionConflict);
      expect(store.appends).toBe(4);
    });

    it('waits longer after each conflict, up to the ceiling, with jitter below it', async () => {
      const waits = (random: () => number) => {
        const slept: number[] = [];
        const run = handleCommand({
          ...input(new AlwaysBeaten(), increment()),
          retry: { maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 50 },
          random,
          sleep: async (ms) => {
            slept.push(ms);
          },
        });
        return run.then(
          () => slept,
          () => slept,
        );
      };

      expect(await waits(() => 0.999)).toEqual([9, 19, 39, 49]);
      expect(await waits(() => 0.5)).toEqual([5, 10, 20, 25]);
      expect(await waits(() => 0)).toEqual([0, 0, 0, 0]);
    });

    it('does not retry a fault of the store', async () => {
      const store = new InMemoryEventStore();
      await store.close();
      const sleep = jest.fn(async () => undefined);

      await expect(handleCommand({ ...input(store, increment()), sleep })).rejects.toBeInstanceOf(
        StoreUnavailable,
      );
      expect(sleep).not.toHaveBeenCalled();
    });
  });

  describe('with the version the caller saw (If-Match)', () => {
    it('decides when the stream is still at that version', async () => {
      const store = new InMemoryEventStore();
      await handleCommand(input(store, increment()));

      const result = await handleCommand({ ...input(store, increment()), ifMatch: 1 });

      expect(result).toMatchObject({ _tag: 'Accepted', version: 2 });
    });

    it('throws a conflict without retrying when the stream moved on', async () => {
      const store = new InMemoryEventStore();
      await handleCommand(input(store, increment()));
      await handleCommand(input(store, increment()));
      const sleep = jest.fn(async () => undefined);

      const outcome = await handleCommand({ ...input(store, increment()), ifMatch: 1, sleep }).then(
        () => undefined,
        (error: unknown) => error,
      );

      expect(outcome).toBeInstanceOf(ExpectedVersionConflict);
      expect(outcome).toMatchObject({ expected: 1, actual: 2 });
      expect(sleep).not.toHaveBeenCalled();
      expect(await store.streamVersion(streamId)).toBe(2);
    });
  });

  describe('with the state a read model already folded (known)', () => {
    /** A store that counts stream reads: the point of `known` is not to read. */
    class CountingReads extends InMemoryEventStore {
      reads = 0;
      override readStream(...args: Parameters<InMemoryEventStore['readStream']>) {
        this.reads += 1;
        return super.readStream(...args);
      }
    }

    it('decides on that state without reading the stream, and appends at its version', async () => {
      const store = new CountingReads();
      await handleCommand(input(store, increment(2)));
      store.reads = 0;

      const result = await handleCommand({
        ...input(store, increment(3)),
        known: { state: { count: 2 }, version: 1 },
      });

      expect(result).toMatchObject({ _tag: 'Accepted', version: 2, state: { count: 5 } });
      expect(store.reads).toBe(0);
      expect(await store.streamVersion(streamId)).toBe(2);
    });

    it('throws a conflict without retrying when the stream moved past the known version', async () => {
      const store = new InMemoryEventStore();
      await handleCommand(input(store, increment()));
      await handleCommand(input(store, increment()));
      const sleep = jest.fn(async () => undefined);

      const outcome = await handleCommand({
        ...input(store, increment()),
        known: { state: { count: 1 }, version: 1 },
        sleep,
      }).then(
        () => undefined,
        (error: unknown) => error,
      );

      expect(outcome).toBeInstanceOf(ExpectedVersionConflict);
      expect(sleep).not.toHaveBeenCalled();
      expect(await store.streamVersion(streamId)).toBe(2);
    });
  });
});
