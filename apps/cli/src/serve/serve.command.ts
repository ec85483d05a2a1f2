import { Command } from 'commander';
import { CliIo } from '../cli-io';
import type { ServeOptions } from './run-serve';

// The implementation loads on demand, so `debiteur keys …` does not start NestJS.
const serve = (io: CliIo) => async (options: ServeOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runServe } = require('./run-serve') as typeof import('./run-serve');
  return runServe(io, options);
};

export const serveCommand = (io: CliIo): Command =>
  new Command('serve')
    .description(
      'run the HTTP API, the reminder saga and delivery in one process (configured by DEBITEUR_* variables)',
    )
    .option('--demo', 'create (on the first run) and print an API key of the demo tenant')
    .action(serve(io));
