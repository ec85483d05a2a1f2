import { processIo } from './cli-io';
import { reasonOf } from './analyst/output-write-failed';
import { failureOf } from './failure';
import { buildProgram } from './program';

// A reader that stops early (`debiteur export | head`) closes the pipe: stop quietly. Any
// other failure (`> out.jsonl` on a full disk) is one line, as an `--out` file's is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  processIo.err(`debiteur: could not write to standard output: ${reasonOf(error)}`);
  process.exit(1);
});

buildProgram(processIo)
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const failure = failureOf(error);
    for (const line of failure.lines) processIo.err(line);
    process.exitCode = failure.exitCode;
  });
