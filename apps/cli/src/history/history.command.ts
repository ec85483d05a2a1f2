import { Command } from 'commander';
import { CliIo } from '../cli-io';
import { withSourceOption } from '../store-option';
import type { HistoryOptions } from './run-history';

const history = (io: CliIo) => async (invoice: string, options: HistoryOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runHistory } = require('./run-history') as typeof import('./run-history');
  return runHistory(io, invoice, options);
};

/** `debiteur history <invoice>`: the "oud geval" view of one invoice, by id or number. */
export const historyCommand = (io: CliIo): Command =>
  withSourceOption(
    new Command('history')
      .description(
        'every event of one invoice: when, who, why, amounts and the running outstanding balance',
      )
      .argument('<invoice>', 'the invoice: its id, or its number as printed on it (e.g. 2026/001)')
      .requiredOption('--tenant <id>', 'the tenant (client) the invoice belongs to')
      .option(
        '--as-of <instant>',
        'only what was recorded up to this instant (ISO-8601 with offset)',
      )
      .option('--json', 'print JSON instead of a table'),
  ).action(history(io));
