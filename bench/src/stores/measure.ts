/** What one timed pass did: events handled, and each operation's latency when it kept them. */
export interface RunOutcome {
  readonly events: number;
  readonly latenciesMs?: readonly number[];
}

/** A pass whose setup is done: only `run` is timed; `dispose` cleans up afterwards. */
export interface Trial {
  run(): Promise<RunOutcome>;
  dispose(): Promise<void>;
}

export interface Pass extends RunOutcome {
  readonly seconds: number;
  readonly rate: number;
}

/** The two sides of a figure: each call prepares a fresh trial on the same data. */
export interface Sides {
  readonly adapter: () => Promise<Trial>;
  readonly baseline: () => Promise<Trial>;
}

export interface Comparison {
  readonly adapter: readonly Pass[];
  readonly baseline: readonly Pass[];
}

export interface Repetitions {
  readonly warmups: number;
  readonly repetitions: number;
}

/** The operation's latency in milliseconds, from a high-resolution start time. */
export const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Runs one prepared trial, timing `run` only. */
export const timeTrial = async (trial: Trial): Promise<Pass> => {
  try {
    const start = process.hrtime.bigint();
    const outcome = await trial.run();
    const seconds = elapsedMs(start) / 1_000;
    return { ...outcome, seconds, rate: outcome.events / seconds };
  } finally {
    await trial.dispose();
  }
};

/**
 * Warm-up passes of both sides (discarded), then `repetitions` passes of each. The side
 * that goes first alternates, so drift over the run (page cache, file growth, CPU clock)
 * falls on both sides alike.
 */
export const compareSides = async (
  sides: Sides,
  { warmups, repetitions }: Repetitions,
): Promise<Comparison> => {
  for (let index = 0; index < warmups; index++) {
    await timeTrial(await sides.adapter());
    await timeTrial(await sides.baseline());
  }
  const adapter: Pass[] = [];
  const baseline: Pass[] = [];
  for (let index = 0; index < repetitions; index++) {
    if (index % 2 === 0) {
      adapter.push(await timeTrial(await sides.adapter()));
      baseline.push(await timeTrial(await sides.baseline()));
    } else {
      baseline.push(await timeTrial(await sides.baseline()));
      adapter.push(await timeTrial(await sides.adapter()));
    }
  }
  return { adapter, baseline };
};

/** The median; the mean of the middle two for an even count. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
};

/** The nearest-rank percentile (`fraction` 0.99 for p99). */
export const percentile = (values: readonly number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
};

/** The median rate over passes. */
export const medianRate = (passes: readonly Pass[]): number =>
  median(passes.map((pass) => pass.rate));
