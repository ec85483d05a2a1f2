import { Command } from 'commander';
import { CliIo } from '../cli-io';
import { withSourceOption } from '../store-option';
import type { VerifyOptions } from './run-verify';

const verify = (io: CliIo) => async (options: VerifyOptions) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see docs/adr/0017
  const { runVerify } = require('./run-verify') as typeof import('./run-verify');
  return runVerify(io, options);
};

/** `debiteur verify`: every event decodes and every stream folds; exit 1 if not. */
export const verifyCommand = (io: CliIo): Command =>
  withSourceOption(
    new Command('verify')
      .description(
        'check that every event decodes (through the upcasters) and every stream folds; exit 1 on problems',
      )
      .option('--tenant <id>', 'only the streams of this tenant')
      .option('--json', 'print the problems as JSON lines'),
  ).action(verify(io));
