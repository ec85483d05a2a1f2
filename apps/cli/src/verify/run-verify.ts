import { CliIo } from '../cli-io';
import { withEventSource } from '../analyst/event-source';
import { JsonlLineInvalid } from '../jsonl/jsonl-events';
import { domainFilter } from '../analyst/service-streams';
import { sourceProgress } from '../analyst/source-progress';
import { requireEventsOfTenant } from '../analyst/tenant-events';
import { storeLocation } from '../store-option';
import { StreamChecker } from './stream-check';

export interface VerifyOptions {
  readonly store?: string;
  readonly tenant?: string;
  readonly json?: boolean;
}

/**
 * `debiteur verify`: reads every invoice, debtor and tenant stream (service streams are
 * not the domain's and are skipped) and reports each event that does not decode, sits in
 * the wrong stream, leaves a version gap or does not fold, with its stream and version.
 * A line of a JSONL file that holds no event is a problem too, named by its line number; the
 * check goes on after it. Exit code 1 when there is any problem.
 */
export const runVerify = async (io: CliIo, options: VerifyOptions): Promise<void> => {
  const filter = domainFilter(options);
  let problems = 0;
  const unreadable = (invalid: JsonlLineInvalid) => {
    problems += 1;
    io.out(
      options.json === true
        ? JSON.stringify({
            line: invalid.line,
            problem: 'unreadable-line',
            detail: invalid.problem,
          })
        : invalid.message,
    );
  };
  await withEventSource(
    storeLocation(options, io),
    async (source) => {
      await requireEventsOfTenant(source, options.tenant);
      const progress = await sourceProgress('verify', source, filter);
      const checker = new StreamChecker();
      try {
        for await (const recorded of source.events(filter)) {
          const found = checker.check(recorded);
          if (checker.checked % 1000 === 0) progress.tick(1000);
          for (const problem of found) {
            problems += 1;
            io.out(
              options.json === true
                ? JSON.stringify(problem)
                : `${problem.streamId} version ${problem.streamVersion} (${problem.type}): ${problem.problem}: ${problem.detail}`,
            );
          }
        }
      } finally {
        progress.stop();
      }
      io.err(
        `Verified ${checker.checked} events in ${checker.streamCount} streams of ${source.description}: ` +
          `${problems === 0 ? 'no problems' : `${problems} problem${problems === 1 ? '' : 's'}`}.`,
      );
      if (problems > 0) process.exitCode = 1;
    },
    { onInvalidLine: unreadable },
  );
};
