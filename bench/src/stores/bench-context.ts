import { BenchOptions, DEFAULT_EVENTS, Suite } from './bench-options';
import { BenchSizes } from './bench-sizes';
import { Repetitions } from './measure';
import { TempFolder } from './temp-folder';

/** What every suite gets: the sizes, the repetitions, a temp folder and a log. */
export interface BenchContext {
  readonly options: BenchOptions;
  readonly sizes: BenchSizes;
  readonly repetitions: Repetitions;
  readonly folder: TempFolder;
  readonly log: (message: string) => void;
  /** The command that reruns one suite with this run's sizes. */
  readonly command: (suite: Suite) => string;
}

/** `pnpm bench:stores --only <suite>`, with the sizes of this run when they are not the defaults. */
export const suiteCommand =
  (options: BenchOptions) =>
  (suite: Suite): string =>
    [
      `pnpm bench:stores --only ${suite}`,
      options.events === DEFAULT_EVENTS ? '' : ` --events ${options.events}`,
      options.repetitions === 5 ? '' : ` --reps ${options.repetitions}`,
    ].join('');
