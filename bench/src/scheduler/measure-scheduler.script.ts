import { openStores, TestClock } from '@debiteur/application';
import { instant, instantAt, invoicesDueBy, scheduleSize } from '@debiteur/core';
import { createScheduler, DueActionsReadModel } from '@debiteur/scheduler';
import { dateOf, valid } from './seed-book';

/**
 * One measuring phase of the scheduler benchmark in a process of its own, so its peak RSS
 * is the scheduler's and not the seeder's: `measure-scheduler.script.ts <sqlite file> <phase>`.
 *
 * - `catch-up`: the due-actions read model folds every event from the first, then commits.
 * - `pass`: a restarted scheduler loads that commit, then runs the pass as of Tuesday
 *   24 March 2026 09:00, then the same pass again (nothing left to do).
 *
 * Prints one JSON object.
 */
const seconds = (ms: number): number => Number((ms / 1000).toFixed(3));
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

const timed = async <A>(work: () => Promise<A>): Promise<[A, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
};

const NEVER = Number.MAX_SAFE_INTEGER;

const catchUp = async (path: string): Promise<object> => {
  const stores = await openStores(`sqlite:${path}`);
  const readModel = new DueActionsReadModel({
    events: stores.events,
    projections: stores.projections,
    commitEvery: NEVER,
    commitAfterMs: NEVER,
  });
  const [caughtUp, catchUpMs] = await timed(() => readModel.catchUp());
  const peakAfterCatchUpMb = peakRssMb();
  const size = scheduleSize(readModel.current());
  const [due, selectMs] = await timed(async () =>
    invoicesDueBy(readModel.current(), dateOf('2026-03-24')),
  );
  const [, commitMs] = await timed(() => readModel.commit());
  await stores.close();
  return {
    events: caughtUp.applied,
    catchUpFromFirstEventSeconds: seconds(catchUpMs),
    eventsPerSecond: Math.round(caughtUp.applied / (catchUpMs / 1000)),
    watchedInvoices: size.watched,
    scheduledInvoices: size.scheduled,
    dueOnPassDay: due.length,
    selectDueSeconds: seconds(selectMs),
    commitSeconds: seconds(commitMs),
    peakAfterCatchUpMb,
    peakRssMb: peakRssMb(),
  };
};

const pass = async (path: string): Promise<object> => {
  const stores = await openStores(`sqlite:${path}`);
  const passAt = valid(instant('2026-03-24T09:00:00+01:00'));
  const scheduler = createScheduler({
    stores,
    clock: new TestClock(passAt),
    options: { commitEvery: NEVER, commitAfterMs: NEVER },
  });
  // Outside office hours a pass only catches up: here, it loads the committed state.
  const [, loadMs] = await timed(() => scheduler.runPassAsOf(instantAt(dateOf('2026-03-23'), 20)));
  const peakAfterLoadMb = peakRssMb();
  const [summary, passMs] = await timed(() => scheduler.runPassAsOf(passAt));
  const peakAfterPassMb = peakRssMb();
  const [again, againMs] = await timed(() => scheduler.runPassAsOf(passAt));
  await stores.close();
  return {
    restartLoadSeconds: seconds(loadMs),
    peakAfterLoadMb,
    pass: {
      asOf: summary.asOf,
      seconds: seconds(passMs),
      examined: summary.examined,
      acted: summary.acted,
      refused: summary.refused,
      failed: summary.failed,
      byAction: summary.byAction,
      goalUnder2Seconds: passMs < 2_000,
    },
    peakAfterPassMb,
    secondPassSameInstant: {
      seconds: seconds(againMs),
      caughtUpEvents: again.caughtUpEvents,
      examined: again.examined,
      acted: again.acted,
    },
  };
};

const main = async (): Promise<void> => {
  const [path, phase] = process.argv.slice(2);
  if (path === undefined) throw new Error('usage: <sqlite file> catch-up|pass');
  const result = phase === 'catch-up' ? await catchUp(path) : await pass(path);
  process.stdout.write(`${JSON.stringify(result)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
