/** The groups of figures, each runnable alone with `--only`. */
export const SUITES = [
  'sqlite-append',
  'sqlite-read',
  'postgres-append',
  'postgres-concurrent',
  'postgres-read',
  'memory',
  'rss',
] as const;

export type Suite = (typeof SUITES)[number];

export interface BenchOptions {
  /** Events read in the peak-RSS figure; every other size is a fixed share of it. */
  readonly events: number;
  readonly repetitions: number;
  readonly warmups: number;
  readonly suites: readonly Suite[];
  /** Where the JSON results go. */
  readonly out: string | null;
}

export const DEFAULT_EVENTS = 1_000_000;
const DEFAULT_REPETITIONS = 5;

const isSuite = (name: string): name is Suite => SUITES.some((suite) => suite === name);

/** `--name value` or `--name=value` from the arguments, else the environment variable. */
const setting = (args: readonly string[], name: string, variable: string): string | undefined => {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === `--${name}`) return args[index + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  const value = process.env[variable];
  return value === '' ? undefined : value;
};

const integer = (
  text: string | undefined,
  fallback: number,
  least: number,
  what: string,
): number => {
  if (text === undefined) return fallback;
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(`${what} must be an integer ≥ ${least}, got ${JSON.stringify(text)}`);
  }
  return value;
};

/**
 * Where a run of only some suites writes by default: beside the full results, named after
 * the suites, so a partial run never overwrites a full one.
 */
const partialOut = (defaultOut: string, suites: readonly string[]): string =>
  `${defaultOut.replace(/\.json$/, '')}.${suites.join('+')}.json`;

/**
 * Reads `--events N` (BENCH_EVENTS), `--reps N` (BENCH_REPS), `--warmups N`
 * (BENCH_WARMUPS), `--only a,b` (BENCH_ONLY) and `--out file` (BENCH_OUT; `-` for none;
 * with `--only`, by default a file of its own: see `partialOut`).
 */
export const parseBenchOptions = (args: readonly string[], defaultOut: string): BenchOptions => {
  const only = setting(args, 'only', 'BENCH_ONLY');
  const names = only === undefined ? [...SUITES] : only.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !isSuite(name));
  if (unknown.length > 0) {
    throw new RangeError(`Unknown suite(s) ${unknown.join(', ')}; known: ${SUITES.join(', ')}`);
  }
  const suites = SUITES.filter((suite) => names.includes(suite));
  const out =
    setting(args, 'out', 'BENCH_OUT') ??
    (only === undefined ? defaultOut : partialOut(defaultOut, suites));
  return {
    events: integer(setting(args, 'events', 'BENCH_EVENTS'), DEFAULT_EVENTS, 1_000, '--events'),
    repetitions: integer(setting(args, 'reps', 'BENCH_REPS'), DEFAULT_REPETITIONS, 1, '--reps'),
    warmups: integer(setting(args, 'warmups', 'BENCH_WARMUPS'), 1, 0, '--warmups'),
    suites,
    out: out === '-' ? null : out,
  };
};
