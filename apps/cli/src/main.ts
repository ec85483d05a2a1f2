import { processIo } from './cli-io';
import { failureOf } from './failure';
import { buildProgram } from './program';

// A reader that stops early (`debiteur export | head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

buildProgram(processIo)
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const failure = failureOf(error);
    for (const line of failure.lines) processIo.err(line);
    process.exitCode = failure.exitCode;
  });
