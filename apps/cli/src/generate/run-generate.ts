import { calendarDate } from '@debiteur/core';
import { isLeft } from 'fp-ts/Either';
import { CliIo, UsageError } from '../cli-io';
import { writeJsonlEvents } from '../jsonl/jsonl-events';
import { startProgress } from '../progress/progress';
import { jsonlPath, wholeNumber } from '../simulate/jsonl-location';
import { COUNT_BOUNDS, FROM_BOUNDS } from './generate-bounds';
import { GenerateOptions, generatePortfolio } from './generate-portfolio';

export interface GenerateCliOptions {
  readonly out: string;
  readonly tenants: string;
  readonly debtors: string;
  readonly invoices: string;
  readonly seed: string;
  readonly from: string;
  readonly days: string;
}

const count = (value: string, option: keyof typeof COUNT_BOUNDS): number =>
  wholeNumber(value, option, COUNT_BOUNDS[option].min, COUNT_BOUNDS[option].max);

/** The generator's options from the command line; anything out of bounds is a usage error. */
export const generateOptionsOf = (options: GenerateCliOptions): GenerateOptions => {
  const { min, max } = FROM_BOUNDS;
  const start = calendarDate(options.from);
  if (isLeft(start) || start.right < min || start.right > max) {
    throw new UsageError(
      `--from must be a date YYYY-MM-DD from ${min} to ${max}, got "${options.from}"`,
    );
  }
  return {
    tenants: count(options.tenants, '--tenants'),
    debtors: count(options.debtors, '--debtors'),
    invoices: count(options.invoices, '--invoices'),
    seed: count(options.seed, '--seed'),
    start: start.right,
    periodDays: count(options.days, '--days'),
  };
};

/** Roughly how many events an invoice makes, for the progress bar's first estimate. */
const EVENTS_PER_INVOICE = 3.5;

/** `debiteur generate`: writes the portfolio and says how many events it holds. */
export const runGenerate = async (io: CliIo, options: GenerateCliOptions): Promise<void> => {
  const path = jsonlPath(options.out, '--out');
  const generate = generateOptionsOf(options);
  const estimate = Math.round(generate.invoices * EVENTS_PER_INVOICE + generate.debtors);
  const progress = startProgress('generate', estimate);
  const started = Date.now();
  let count: number;
  try {
    count = await writeJsonlEvents(path, generatePortfolio(generate), (n) => {
      if (n % 1000 === 0) progress.tick(1000);
      if (n > estimate) progress.setTotal(n);
    });
  } finally {
    progress.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  io.err(
    `Generated ${generate.debtors} debtors, ${generate.invoices} invoices: ${count} events in ${seconds.toFixed(1)} s (${Math.round(count / Math.max(seconds, 0.001))} events/s).`,
  );
  io.out(path);
};
