import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { EventDecodeFailed, ProjectionStateUnreadable } from '../errors';
import { RecordedEvent } from '../event-store.port';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import { InMemoryProjectionStore } from '../memory/in-memory-projection-store';
import { ProjectionCommit } from '../projection-store.port';
import { CounterEvent, counterCodec } from '../testing/counter.fixture';
import { makeEvent } from '../testing/make-event';
import { ProjectionRunner } from './projection-runner';
import { ProjectionRunnerOptions } from './projection-runner.types';

const TotalState = t.strict({ total: t.number, seen: t.readonlyArray(t.string) });
type TotalState = t.TypeOf<typeof TotalState>;
interface Counted {
  readonly eventId: string;
  readonly event: CounterEvent;
}

const noTotals: TotalState = { total: 0, seen: [] };

const totals = {
  name: 'totals',
  initialState: noTotals,
  apply: (state: TotalState, { eventId, event }: Counted): TotalState => ({
    total: event.type === 'Incremented' ? state.total + event.data.by : 0,
    seen: [...state.seen, eventId],
  }),
};

const decodeCounted = (recorded: RecordedEvent): E.Either<unknown, Counted | null> =>
  recorded.streamId.startsWith('counter:')
    ? E.map((event: CounterEvent) => ({ eventId: recorded.eventId, event }))(
        counterCodec.decode(recorded),
      )
    : E.right(null);

/** A projection store that counts commits. */
class CountingProjectionStore extends InMemoryProjectionStore {
  commitCount = 0;
  override async commit(name: string, commit: ProjectionCommit): Promise<void> {
    this.commitCount += 1;
    return super.commit(name, commit);
  }
}

const setup = (overrides: Partial<ProjectionRunnerOptions<TotalState, Counted>> = {}) => {
  const events = new InMemoryEventStore();
  const projections = new CountingProjectionStore();
  const options: ProjectionRunnerOptions<TotalState, Counted> = {
    events,
    projections,
    projection: totals,
    decode: decodeCounted,
    stateCodec: TotalState,
    commitEvery: 10,
    batchSize: 4,
    ...overrides,
  };
  const increment = async (...amounts: number[]): Promise<string[]> => {
    const batch = amounts.map((by) => makeEvent({ type: 'Incremented', data: { by } }));
    for (const event of batch)
      await events.appendToStream('counter:t:c1', [event], { expectedVersion: 'any' });
    return batch.map((event) => event.eventId);
  };
  return { events, projections, runner: new ProjectionRunner(options), options, increment };
};

const ones = (count: number): number[] => Array.from({ length: count }, () => 1);

describe('ProjectionRunner', () => {
  describe('running once', () => {
    it('catches up to the head and commits state with checkpoint', async () => {
      const { events, projections, runner, increment } = setup();
      const ids = await increment(...ones(25));

      const result = await runner.runOnce();

      const head = await events.headPosition();
      expect(result).toEqual({ processed: 25, checkpoint: head });
      expect(await projections.load('totals')).toEqual({
        checkpoint: head,
        state: { total: 25, seen: ids },
      });
    });

    it('commits every N events and once more at the end', async () => {
      const { projections, runner, increment } = setup({ commitEvery: 10 });
      await increment(...ones(25));

      await runner.runOnce();

      expect(projections.commitCount).toBe(3);
    });

    it('continues from its checkpoint on the next run', async () => {
      const { runner, increment } = setup();
      await increment(1, 2, 3);
      await runner.runOnce();
      await increment(10, 20);

      const result = await runner.runOnce();

      expect(result.processed).toBe(2);
      expect((await runner.current()).state.total).toBe(36);
    });

    it('commits nothing when no event waits', async () => {
      const { projections, runner } = setup();

      expect(await runner.runOnce()).toEqual({ processed: 0, checkpoint: null });
      expect(projections.commitCount).toBe(0);
    });

    it('counts passed-over events as processed and moves past them', async () => {
      const { events, runner, increment } = setup();
      await increment(5);
      await events.appendToStream('other:t:x', [makeEvent()], { expectedVersion: 'any' });

      const result = await runner.runOnce();

      expect(result).toEqual({ processed: 2, checkpoint: await events.headPosition() });
      expect((await runner.current()).state.total).toBe(5);
    });

    it('reads only the events its filter lets through', async () => {
      const { events, runner, increment } = setup({ filter: { tenantId: 'tenant-a' } });
      await increment(5);
      await events.appendToStream(
        'counter:t:c2',
        [makeEvent({ tenantId: 'tenant-a', type: 'Incremented', data: { by: 7 } })],
        { expectedVersion: 'any' },
      );

      expect((await runner.runOnce()).processed).toBe(1);
      expect((await runner.current()).state.total).toBe(7);
    });

    it('serialises runs started at the same time', async () => {
      const { runner, increment } = setup({ commitEvery: 3 });
      const ids = await increment(...ones(20));

      const results = await Promise.all([runner.runOnce(), runner.runOnce(), runner.runOnce()]);

      expect(results.map((r) => r.processed)).toEqual([20, 0, 0]);
      expect((await runner.current()).state.seen).toEqual(ids);
    });
  });

  describe('after a crash in the middle of a run', () => {
    const crashingAt = (k: number) => {
      let applied = 0;
      let crashed = false;
      return {
        ...totals,
        apply: (state: TotalState, counted: Counted): TotalState => {
          applied += 1;
          if (applied === k && !crashed) {
            crashed = true;
            throw new Error('simulated crash');
          }
          return totals.apply(state, counted);
        },
      };
    };

    it('keeps the last committed checkpoint and state together', async () => {
      const { events, projections, runner, increment } = setup({
        projection: crashingAt(17),
        commitEvery: 5,
      });
      const ids = await increment(...ones(25));

      await expect(runner.runOnce()).rejects.toThrow('simulated crash');

      const fifteenth = (await events.readStream('counter:t:c1', { from: 15, to: 15 }))[0];
      expect(await projections.load('totals')).toEqual({
        checkpoint: fifteenth?.globalPosition,
        state: { total: 15, seen: ids.slice(0, 15) },
      });
    });

    it('continues on the rerun without applying any event twice', async () => {
      const { runner, increment } = setup({ projection: crashingAt(17), commitEvery: 5 });
      const ids = await increment(...ones(25));
      await runner.runOnce().catch(() => undefined);

      const rerun = await runner.runOnce();

      expect(rerun.processed).toBe(10);
      expect((await runner.current()).state).toEqual({ total: 25, seen: ids });
    });
  });

  describe('faults', () => {
    it('throws a data fault for an event it cannot decode', async () => {
      const { events, runner } = setup();
      await events.appendToStream('counter:t:c1', [makeEvent({ type: 'Exploded' })], {
        expectedVersion: 'any',
      });

      await expect(runner.runOnce()).rejects.toBeInstanceOf(EventDecodeFailed);
    });

    it('refuses a committed state that no longer decodes', async () => {
      const { projections, runner } = setup();
      await projections.commit('totals', { checkpoint: '1', state: { sum: 'old shape' } });

      await expect(runner.runOnce()).rejects.toBeInstanceOf(ProjectionStateUnreadable);
    });
  });

  describe('rebuilding', () => {
    it('starts from the first event and ends where incremental runs ended', async () => {
      const { runner, increment } = setup({ commitEvery: 3 });
      await increment(1, 2);
      await runner.runOnce();
      await increment(3, 4, 5);
      await runner.runOnce();
      const incremental = await runner.current();

      const rebuilt = await runner.rebuild();

      expect(rebuilt.processed).toBe(5);
      expect(await runner.current()).toEqual(incremental);
    });

    it('recovers a projection whose stored state no longer decodes', async () => {
      const { projections, runner, increment } = setup();
      await increment(4);
      await projections.commit('totals', { checkpoint: '1', state: 'garbage' });

      await runner.rebuild();

      expect((await runner.current()).state.total).toBe(4);
    });

    it('equals incremental runs for any chunking of events and commit interval', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(fc.integer({ min: -5, max: 9 }), { maxLength: 6 }), { maxLength: 6 }),
          fc.integer({ min: 1, max: 7 }),
          fc.integer({ min: 1, max: 5 }),
          async (chunks, commitEvery, batchSize) => {
            const { runner, increment } = setup({ commitEvery, batchSize });
            for (const chunk of chunks) {
              await increment(...chunk);
              await runner.runOnce();
            }
            const incremental = await runner.current();
            await runner.rebuild();

            expect(await runner.current()).toEqual(incremental);
            expect(incremental.state.total).toBe(chunks.flat().reduce((a, b) => a + b, 0));
          },
        ),
        { numRuns: 40 },
      );
    });
  });

  describe('following the store', () => {
    it('keeps folding events appended while it runs, until stopped', async () => {
      const { runner, increment } = setup();
      await increment(1, 2);
      const stop = new AbortController();
      const following = runner.follow({ signal: stop.signal, pollIntervalMs: 5 });
      await increment(3, 4);

      const deadline = Date.now() + 2_000;
      while ((await runner.current()).state.total !== 10 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      stop.abort();
      await following;

      expect((await runner.current()).state).toMatchObject({ total: 10 });
      expect((await runner.current()).state.seen).toHaveLength(4);
    });
  });

  describe('lag', () => {
    it('counts the events a run would still read', async () => {
      const { events, runner, increment } = setup();
      await increment(...ones(7));

      expect(await runner.lag()).toEqual({
        checkpoint: null,
        head: await events.headPosition(),
        pending: 7,
        pendingCapped: false,
        caughtUp: false,
      });
    });

    it('reports caught up after a run', async () => {
      const { events, runner, increment } = setup();
      await increment(...ones(7));
      await runner.runOnce();

      const head = await events.headPosition();
      expect(await runner.lag()).toEqual({
        checkpoint: head,
        head,
        pending: 0,
        pendingCapped: false,
        caughtUp: true,
      });
    });

    it('stops counting at the limit and says so', async () => {
      const { runner, increment } = setup();
      await increment(...ones(7));

      expect(await runner.lag(3)).toMatchObject({
        pending: 3,
        pendingCapped: true,
        caughtUp: false,
      });
    });
  });
});
