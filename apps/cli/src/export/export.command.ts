import { Command } from 'commander';
import { CliIo } from '../cli-io';
import { withSourceOption } from '../store-option';
import type { ExportOptions } from './run-export';

const exportEvents = (io: CliIo) => async (options: ExportOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runExport } = require('./run-export') as typeof import('./run-export');
  return runExport(io, options);
};

/** `debiteur export`: every event with its metadata, in global order, to JSONL or CSV. */
export const exportCommand = (io: CliIo): Command =>
  withSourceOption(
    new Command('export')
      .description('write every event with its metadata, in global order, as JSONL or CSV')
      .option('--format <format>', 'jsonl | csv (default: by --out extension, else jsonl)')
      .option('--out <file>', 'write to this file (default stdout)')
      .option('--tenant <id>', 'only the events of this tenant')
      .option(
        '--service-streams',
        'also export the apikey:, idempotency: and delivery: streams of the running service',
      ),
  ).action(exportEvents(io));
