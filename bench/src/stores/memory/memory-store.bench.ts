import { InMemoryEventStore } from '@debiteur/eventstore';
import { appendPlan, eventCount } from '../append-plan';
import { BenchContext } from '../bench-context';
import { STREAM_COUNT } from '../bench-events';
import { Figure } from '../figure';
import { Pass, Trial, medianRate, timeTrial } from '../measure';

const repeat = async (times: number, trial: () => Promise<Trial>): Promise<Pass[]> => {
  const passes: Pass[] = [];
  for (let index = 0; index < times; index++) passes.push(await timeTrial(await trial()));
  return passes;
};

/**
 * Append and readAll rates of the in-memory store: no raw baseline and no goal, the
 * figures say what tests and the analyst tools can expect of it.
 */
export const memoryStoreFigures = async (context: BenchContext): Promise<Figure[]> => {
  const total = context.sizes.memoryEvents;
  const plan = appendPlan({ appends: total, batchSize: 1, seededPerStream: 0 });
  context.log(`In-memory store: ${total} single-event appends, then readAll, per pass`);
  const appendAll = async (store: InMemoryEventStore): Promise<void> => {
    for (const append of plan) {
      await store.appendToStream(append.streamId, append.events, {
        expectedVersion: append.expectedVersion,
      });
    }
  };
  const appendTrial = async (): Promise<Trial> => {
    const store = new InMemoryEventStore();
    return {
      run: async () => {
        await appendAll(store);
        return { events: eventCount(plan) };
      },
      dispose: () => store.close(),
    };
  };
  const readTrial = async (): Promise<Trial> => {
    const store = new InMemoryEventStore();
    await appendAll(store);
    return {
      run: async () => {
        let events = 0;
        for await (const event of store.readAll()) events += event.streamVersion > 0 ? 1 : 0;
        return { events };
      },
      dispose: () => store.close(),
    };
  };
  const { warmups, repetitions } = context.repetitions;
  const appends = (await repeat(warmups + repetitions, appendTrial)).slice(warmups);
  const reads = (await repeat(warmups + repetitions, readTrial)).slice(warmups);
  const command = context.command('memory');
  const figure = (id: string, label: string, passes: Pass[]): Figure => ({
    id,
    label,
    unit: 'events/s',
    adapter: medianRate(passes),
    baseline: null,
    ratio: null,
    spread: null,
    goal: null,
    met: null,
    command,
    details: {
      rates: passes.map((pass) => Math.round(pass.rate)),
      events: total,
      streams: STREAM_COUNT,
    },
  });
  return [
    figure('memory.append.single', 'In-memory single-event append, expected version', appends),
    figure('memory.readAll', `In-memory readAll, ${total.toLocaleString('en-US')} events`, reads),
  ];
};
