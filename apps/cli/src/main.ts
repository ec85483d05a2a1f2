import { InvalidStoreLocation, UnknownApiKey } from '@debiteur/application';
import { OutputNotWritable } from './analyst/file-line-sink';
import { InvalidConfiguration } from './config/service-config';
import { processIo, UsageError } from './cli-io';
import { buildProgram } from './program';

const USAGE_ERRORS = [
  UsageError,
  InvalidConfiguration,
  InvalidStoreLocation,
  UnknownApiKey,
  OutputNotWritable,
];

buildProgram(processIo)
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const usage = USAGE_ERRORS.some((kind) => error instanceof kind);
    processIo.err(`debiteur: ${error instanceof Error ? error.message : String(error)}`);
    if (!usage && error instanceof Error && error.stack !== undefined) processIo.err(error.stack);
    process.exitCode = usage ? 2 : 1;
  });
