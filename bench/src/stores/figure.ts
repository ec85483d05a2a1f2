import { Comparison, Pass, median, medianRate } from './measure';

/** `pick(adapter pass, baseline pass)` for each repetition, pass by pass. */
const paired = (
  comparison: Comparison,
  pick: (adapter: Pass, baseline: Pass) => number,
): number[] =>
  comparison.adapter.flatMap((adapter, index) => {
    const baseline = comparison.baseline[index];
    return baseline === undefined ? [] : [pick(adapter, baseline)];
  });

/** The lowest and highest paired ratio: how much the repetitions disagree. */
export interface Spread {
  readonly low: number;
  readonly high: number;
}

const spreadOf = (ratios: readonly number[]): Spread => ({
  low: Math.min(...ratios),
  high: Math.max(...ratios),
});

/** One row of the results table. */
export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly adapter: number;
  readonly baseline: number | null;
  /**
   * The adapter as a share of raw, higher is better: the median over repetitions of the
   * adapter's pass ÷ the raw pass run right beside it (for latency: raw ÷ adapter). Pairing
   * passes cancels drift that hits both sides alike, such as a shared disk slowing down.
   */
  readonly ratio: number | null;
  readonly spread: Spread | null;
  readonly goal: string | null;
  readonly met: boolean | null;
  /** The command that reproduces this figure alone. */
  readonly command: string;
  /** How to show the values when a plain number with its unit would not say enough. */
  readonly text?: { readonly adapter: string; readonly baseline?: string };
  readonly details: Readonly<Record<string, unknown>>;
}

const summary = (passes: readonly Pass[]): Record<string, unknown> => ({
  rates: passes.map((pass) => Math.round(pass.rate)),
  events: passes[0]?.events ?? 0,
  seconds: passes.map((pass) => Number(pass.seconds.toFixed(3))),
});

export interface RatioFigureInput {
  readonly id: string;
  readonly label: string;
  readonly comparison: Comparison;
  /** The least share of the raw rate the adapter should reach (0.5 for 50%). */
  readonly goal: number | null;
  readonly command: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A throughput figure: median events/s of each side and their ratio. */
export const ratioFigure = (input: RatioFigureInput): Figure => {
  const adapter = medianRate(input.comparison.adapter);
  const baseline = medianRate(input.comparison.baseline);
  const ratios = paired(input.comparison, (a, b) => a.rate / b.rate);
  const ratio = median(ratios);
  return {
    id: input.id,
    label: input.label,
    unit: 'events/s',
    adapter,
    baseline,
    ratio,
    spread: spreadOf(ratios),
    goal: input.goal === null ? null : `≥ ${Math.round(input.goal * 100)}%`,
    met: input.goal === null ? null : ratio >= input.goal,
    command: input.command,
    details: {
      ...input.details,
      pairedRatios: ratios,
      adapterPasses: summary(input.comparison.adapter),
      baselinePasses: summary(input.comparison.baseline),
    },
  };
};

/** A latency figure: the median over passes of one percentile of each pass's latencies. */
export const latencyFigure = (
  input: Omit<RatioFigureInput, 'goal'>,
  statistic: (latencies: readonly number[]) => number,
): Figure => {
  const of = (pass: Pass): number => statistic(pass.latenciesMs ?? []);
  const ratios = paired(input.comparison, (a, b) => of(b) / of(a));
  return {
    id: input.id,
    label: input.label,
    unit: 'ms',
    adapter: median(input.comparison.adapter.map(of)),
    baseline: median(input.comparison.baseline.map(of)),
    ratio: median(ratios),
    spread: spreadOf(ratios),
    goal: null,
    met: null,
    command: input.command,
    details: {
      ...input.details,
      adapterPerPass: input.comparison.adapter.map(of),
      baselinePerPass: input.comparison.baseline.map(of),
    },
  };
};
