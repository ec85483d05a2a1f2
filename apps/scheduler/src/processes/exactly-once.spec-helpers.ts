import { remindersPerLevel, schedulerEvents } from '../testing/scheduler-world.spec-helpers';
import { actedIn, summariesOf } from './child-script';
import {
  DEMAND_DAY,
  FIRST_REMINDER_DAY,
  killMidPass,
  raceSchedulers,
  seedDueInvoices,
  withStores,
} from './multi-process.spec-helpers';

const RACED_INVOICES = 60;
const KILLED_INVOICES = 150;
const KILL_AFTER = 15;

/** The exactly-once tests on a store whose location `newLocation` makes fresh each time. */
export const describeExactlyOnce = (newLocation: () => Promise<string>): void => {
  it('two scheduler processes racing over the same due invoices send each reminder once', async () => {
    const location = await newLocation();
    const streams = await seedDueInvoices(location, RACED_INVOICES);
    const outcomes = await raceSchedulers(location, 2, [FIRST_REMINDER_DAY, DEMAND_DAY]);

    for (const outcome of outcomes) {
      expect({ code: outcome.code, stderr: outcome.stderr }).toEqual({ code: 0, stderr: '' });
      for (const summary of summariesOf(outcome)) expect(summary['failed']).toBe(0);
    }
    const counts = await withStores(location, async (stores) =>
      remindersPerLevel(await schedulerEvents(stores)),
    );
    const expected = new Map(
      streams.flatMap(
        (s) =>
          [
            [`${s}#1`, 1],
            [`${s}#2`, 1],
          ] as const,
      ),
    );
    expect(counts).toEqual(expected);
    expect(outcomes.reduce((sum, o) => sum + actedIn(o), 0)).toBe(2 * RACED_INVOICES);
  }, 120_000);

  it('a scheduler killed mid-pass and restarted sends what was left, nothing twice', async () => {
    const location = await newLocation();
    const streams = await seedDueInvoices(location, KILLED_INVOICES);

    const killed = await killMidPass(location, FIRST_REMINDER_DAY, KILL_AFTER);
    expect(killed.signal).toBe('SIGKILL');
    const sentBeforeRestart = await withStores(
      location,
      async (stores) => (await schedulerEvents(stores)).length,
    );
    expect(sentBeforeRestart).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(sentBeforeRestart).toBeLessThan(KILLED_INVOICES);

    const [restarted] = await raceSchedulers(location, 1, [FIRST_REMINDER_DAY]);
    expect({ code: restarted?.code, stderr: restarted?.stderr }).toEqual({ code: 0, stderr: '' });
    expect(restarted === undefined ? -1 : actedIn(restarted)).toBe(
      KILLED_INVOICES - sentBeforeRestart,
    );
    const counts = await withStores(location, async (stores) =>
      remindersPerLevel(await schedulerEvents(stores)),
    );
    expect(counts).toEqual(new Map(streams.map((s) => [`${s}#1`, 1] as const)));
  }, 120_000);
};
