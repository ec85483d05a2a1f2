import { Command } from 'commander';
import { CliIo } from '../cli-io';
import { withSourceOption } from '../store-option';
import type { ReplayOptions } from './run-replay';

// The implementation loads on demand, so other commands do not load the projections.
const replay = (io: CliIo) => async (options: ReplayOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runReplay } = require('./run-replay') as typeof import('./run-replay');
  return runReplay(io, options);
};

/** `debiteur replay`: the books rebuilt from the events, as of now or an earlier instant. */
export const replayCommand = (io: CliIo): Command =>
  withSourceOption(
    new Command('replay')
      .description(
        'stream every event through the projections and write the reports (CSV or JSONL)',
      )
      .requiredOption(
        '--projection <name>',
        'behaviour | aging | dso | call-sheet | timeline | all',
      )
      .option('--tenant <id>', 'only this tenant (client)')
      .option(
        '--as-of <instant>',
        'fold only events recorded up to this instant (ISO-8601 with offset): the books as they were',
      )
      .option(
        '--out <file>',
        'write to file.csv, file.jsonl or file.ndjson (all as CSV: file.<projection>.csv); default stdout',
      )
      .option('--format <format>', 'csv | jsonl, for stdout (default jsonl)'),
  ).action(replay(io));
