import { Command } from 'commander';
import { CliIo } from '../cli-io';
import type { GenerateCliOptions } from './run-generate';

// The implementation loads on demand, so other commands do not load the generator.
const generate = (io: CliIo) => async (options: GenerateCliOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runGenerate } = require('./run-generate') as typeof import('./run-generate');
  return runGenerate(io, options);
};

export const generateCommand = (io: CliIo): Command =>
  new Command('generate')
    .description(
      'write a synthetic portfolio (debtors with payment profiles, invoices, reminders, payments) as a JSONL event file',
    )
    .requiredOption('--out <jsonl:path>', 'where to write it: jsonl:<path>')
    .option('--tenants <n>', 'number of tenants', '1')
    .option('--debtors <n>', 'number of debtors (over all tenants)', '100')
    .option('--invoices <n>', 'number of invoices (over all debtors)', '1000')
    .option('--seed <n>', 'seed: the same seed writes the same file', '1')
    .option('--from <date>', 'first day of the period (YYYY-MM-DD)', '2025-01-01')
    .option('--days <n>', 'days over which invoices are issued', '365')
    .action(generate(io));
