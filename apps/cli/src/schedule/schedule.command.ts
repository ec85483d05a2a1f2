import { Command } from 'commander';
import { CliIo } from '../cli-io';
import { withStoreOption } from '../store-option';
import type { ScheduleOptions } from './run-schedule';

// The implementation loads on demand, so `debiteur keys …` does not load the saga.
const schedule = (io: CliIo) => async (options: ScheduleOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runSchedule } = require('./run-schedule') as typeof import('./run-schedule');
  return runSchedule(io, options);
};

export const scheduleCommand = (io: CliIo): Command =>
  withStoreOption(
    new Command('schedule')
      .description(
        'run the reminder saga: continuously, or one pass with --once [--as-of <instant>]',
      )
      .option('--once', 'run one pass and exit')
      .option(
        '--as-of <instant>',
        'with --once: run the pass as of this instant (ISO-8601 with offset)',
      ),
  ).action(schedule(io));
