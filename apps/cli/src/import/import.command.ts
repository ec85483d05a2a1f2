import { Command } from 'commander';
import { CliIo } from '../cli-io';
import { withStoreOption } from '../store-option';
import type { ImportOptions } from './run-import';

const importEvents = (io: CliIo) => async (file: string, options: ImportOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runImport } = require('./run-import') as typeof import('./run-import');
  return runImport(io, file, options);
};

/** `debiteur import --format jsonl <file>`: restores a store from an export. */
export const importCommand = (io: CliIo): Command =>
  withStoreOption(
    new Command('import')
      .description(
        'restore events from a JSONL export into --store, idempotently; ends with a count check',
      )
      .argument('<file>', 'a JSONL file written by debiteur export')
      .option('--format <format>', 'jsonl (the only import format)', 'jsonl')
      .option(
        '--service-streams',
        'also import apikey:, idempotency: and delivery: streams found in the file',
      ),
  ).action(importEvents(io));
