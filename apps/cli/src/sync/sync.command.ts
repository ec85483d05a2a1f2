import { Command } from 'commander';
import { CliIo } from '../cli-io';
import { withStoreOption } from '../store-option';
import type { SyncOptions } from './run-sync';

// The implementation (CSV parser, the folds) loads on demand, so other commands start fast.
const sync = (io: CliIo) => async (options: SyncOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runSync } = require('./run-sync') as typeof import('./run-sync');
  const outcome = await runSync(io, options);
  if (outcome.counts.rejected > 0 || outcome.unsettled.length > 0) process.exitCode = 1;
};

/** `debiteur sync`: onboarding and the accounting sync from an open-items CSV (docs/cli.md). */
export const syncCommand = (io: CliIo): Command =>
  withStoreOption(
    new Command('sync')
      .description(
        "reconcile a tenant's invoices with the open-items CSV of its accounting package " +
          '(issues new ones, adjusts terms, records payments; same file twice changes nothing)',
      )
      .requiredOption('--tenant <id>', 'the tenant (client) whose books the file holds')
      .requiredOption(
        '--open-items <file.csv>',
        'the COMPLETE open-items list of the tenant; invoices missing from it are paid in full',
      )
      .option('--now <instant>', 'the business time of the run (default: the system clock)')
      .option('--currency <code>', 'currency of rows without one; rows in another are rejected')
      .option('--allow-empty', 'accept a file without rows (settles every open invoice)')
      .option('--json', 'print the summary as JSON'),
  ).action(sync(io));
