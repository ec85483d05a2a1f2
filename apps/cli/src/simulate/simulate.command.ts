import { Command } from 'commander';
import { CliIo } from '../cli-io';
import type { SimulateCliOptions } from './run-simulate';

// The implementation loads on demand, so other commands do not load the simulation.
const simulate = (io: CliIo) => async (options: SimulateCliOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runSimulate } = require('./run-simulate') as typeof import('./run-simulate');
  return runSimulate(io, options);
};

export const simulateCommand = (io: CliIo): Command =>
  new Command('simulate')
    .description(
      "replay a portfolio's debtor behaviour day by day under a reminder policy and report reminders, needless reminders, DSO, delinquency, broken promises and hand-overs",
    )
    .requiredOption(
      '--portfolio <jsonl:path>',
      'the portfolio: jsonl:<path> (e.g. from debiteur generate)',
    )
    .requiredOption(
      '--policy <file>',
      'policy JSON: { defaultPaymentTermDays, adaptive, promiseGraceDays?, ladder }',
    )
    .option('--compare <file>', 'a second policy JSON to compare side by side')
    .option('--json', 'print the measures as JSON')
    .action(simulate(io));
