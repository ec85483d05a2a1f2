import { CliIo } from '../cli-io';
import { EventFilter, withEventSource } from '../analyst/event-source';
import { JsonlLineInvalid } from '../jsonl/jsonl-events';
import { isServiceStream } from '../analyst/service-streams';
import { sourceProgress } from '../analyst/source-progress';
import { requireEventsOfTenant } from '../analyst/tenant-events';
import { storeLocation } from '../store-option';
import { StreamChecker, StreamProblem } from './stream-check';
import { verifySummary } from './verify-summary';

export interface VerifyOptions {
  readonly store?: string;
  readonly tenant?: string;
  readonly json?: boolean;
}

/**
 * `debiteur verify`: reads every stream but the service's own (`apikey:`, `idempotency:`,
 * `delivery:`, skipped) and reports each event that does not decode, sits in the wrong
 * stream or in a stream outside invoice, debtor and tenant, leaves a version gap, does not
 * fold, or holds text PostgreSQL cannot store, with its stream and version. A stored row
 * the store cannot read back (metadata without `actor`, say) is `undecodable` too, and the
 * check goes on after it; so does a line of a JSONL file that holds no event, named by its
 * line number. Ends with a count of the events checked and, apart, of the rows or lines it
 * could not read. Exit code 1 when there is any problem.
 */
export const runVerify = async (io: CliIo, options: VerifyOptions): Promise<void> => {
  const filter: EventFilter = options.tenant === undefined ? {} : { tenantId: options.tenant };
  const checker = new StreamChecker();
  let problems = 0;
  let unreadableLines = 0;
  const report = (found: readonly StreamProblem[]) => {
    for (const problem of found) {
      problems += 1;
      io.out(
        options.json === true
          ? JSON.stringify(problem)
          : `${problem.streamId} version ${problem.streamVersion} (${problem.type}): ${problem.problem}: ${problem.detail}`,
      );
    }
  };
  const unreadableLine = (invalid: JsonlLineInvalid) => {
    problems += 1;
    unreadableLines += 1;
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
      try {
        for await (const page of source.pages(filter)) {
          for (const recorded of page) {
            if (!isServiceStream(recorded.streamId)) report(checker.check(recorded));
          }
          progress.tick(page.length);
        }
      } finally {
        progress.stop();
      }
      io.err(
        verifySummary(source.description, source.stores === null ? 'line' : 'row', {
          checked: checker.checked,
          streams: checker.streamCount,
          unreadable: checker.notReadBack + unreadableLines,
          problems,
        }),
      );
      if (problems > 0) process.exitCode = 1;
    },
    {
      onInvalidLine: unreadableLine,
      onUnreadableRow: (row) => {
        if (!isServiceStream(row.streamId)) report(checker.unreadable(row));
      },
    },
  );
};
