import { EventToAppend } from '@debiteur/eventstore';
import { STREAM_COUNT, benchEvent, streamIdOf } from './bench-events';

/** One append call: the batch and the version the writer expects the stream to be at. */
export interface PlannedAppend {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly EventToAppend[];
}

export interface AppendPlanOptions {
  readonly appends: number;
  readonly batchSize: number;
  /** Events every stream already holds (seeded) before the first planned append. */
  readonly seededPerStream: number;
}

/**
 * `appends` batches round-robin over the streams, each with the stream's exact version.
 * Built before timing starts, so both sides of a figure append the very same events.
 */
export const appendPlan = (options: AppendPlanOptions): PlannedAppend[] => {
  const { appends, batchSize, seededPerStream } = options;
  const plan: PlannedAppend[] = [];
  for (let index = 0; index < appends; index++) {
    const streamIndex = index % STREAM_COUNT;
    const expectedVersion = seededPerStream + Math.floor(index / STREAM_COUNT) * batchSize;
    const events = Array.from({ length: batchSize }, (_, offset) =>
      benchEvent(streamIndex, expectedVersion + offset + 1),
    );
    plan.push({ streamId: streamIdOf(streamIndex), expectedVersion, events });
  }
  return plan;
};

/** Splits a plan into `writers` shares with disjoint streams, keeping each stream's order. */
export const splitByStream = (
  plan: readonly PlannedAppend[],
  writers: number,
): PlannedAppend[][] => {
  const shares: PlannedAppend[][] = Array.from({ length: writers }, () => []);
  plan.forEach((append, index) => shares[(index % STREAM_COUNT) % writers]?.push(append));
  return shares;
};

/** How many events a plan appends. */
export const eventCount = (plan: readonly PlannedAppend[]): number =>
  plan.reduce((sum, append) => sum + append.events.length, 0);
