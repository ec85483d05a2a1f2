import { processIo } from './cli-io';
import { reasonOf } from './analyst/output-write-failed';
import { failureOf } from './failure';
import { buildProgram } from './program';
import { stopShownBars } from './progress/shown-bars';

/** Says why the command failed on lines below a progress bar still shown, not on its line. */
const sayFailure = (lines: readonly string[]): void => {
  stopShownBars();
  for (const line of lines) processIo.err(line);
};

// A reader that stops early (`debiteur export | head`) closes the pipe: stop quietly (a
// progress bar still shown is stopped as the process exits). Any other failure
// (`> out.jsonl` on a full disk) is one line, as an `--out` file's is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  sayFailure([`debiteur: could not write to standard output: ${reasonOf(error)}`]);
  process.exit(1);
});

buildProgram(processIo)
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const failure = failureOf(error);
    sayFailure(failure.lines);
    process.exitCode = failure.exitCode;
  });
