import { openStores, Stores, TestClock } from '@debiteur/application';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { at, collector, DEBTOR, schedulerEvents } from '../testing/scheduler-world.spec-helpers';
import { createScheduler } from './create-scheduler';
import { InvalidSchedulerOptions } from './scheduler-options';

const ISSUED = at('2026-03-02T10:00:00+01:00');
const FIRST_REMINDER_DAY = at('2026-03-23T09:00:00+01:00');

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(20);
  }
};

describe('createScheduler', () => {
  const folder = useTempFolder('scheduler', { per: 'describe' });
  let stores: Stores;
  let files = 0;
  beforeEach(async () => {
    files += 1;
    stores = await openStores(`sqlite:${folder.path(`s-${files}.db`)}`);
    const team = collector(stores);
    await team.registerDebtor(DEBTOR, ISSUED);
    await team.issue('A', '2026-03-02', ISSUED);
    await team.issue('B', '2026-03-02', ISSUED);
  });
  afterEach(() => stores.close());

  describe('running continuously', () => {
    it('runs passes as of the clock until stopped, then runs no more', async () => {
      const clock = new TestClock(FIRST_REMINDER_DAY);
      const scheduler = createScheduler({ stores, clock, options: { intervalMs: 20 } });
      scheduler.start();
      await waitFor(async () => (await scheduler.status()).lastPass !== null);
      await scheduler.stop();
      expect(await scheduler.status()).toMatchObject({
        running: false,
        lastPass: { asOf: FIRST_REMINDER_DAY, outsideOfficeHours: false },
      });
      expect(await schedulerEvents(stores)).toHaveLength(2);
      clock.moveTo(at('2026-04-07T09:00:00+02:00'));
      await sleep(100);
      expect(await schedulerEvents(stores)).toHaveLength(2);
    });
  });

  describe('status', () => {
    it('counts the events its read model has yet to fold', async () => {
      const scheduler = createScheduler({ stores, clock: new TestClock(FIRST_REMINDER_DAY) });
      expect(await scheduler.status()).toMatchObject({ pendingEvents: 3, running: false });
      const pass = await scheduler.runPassAsOf(FIRST_REMINDER_DAY);
      expect(pass).toMatchObject({ examined: 2, acted: 2, refused: 0, caughtUpEvents: 3 });
      // The two reminders the pass sent are the read model's next events.
      expect(await scheduler.status()).toMatchObject({ pendingEvents: 2, lastPass: pass });
    });
  });

  describe('after a restart', () => {
    it('resumes its read model from the checkpoint it committed on stop', async () => {
      const first = createScheduler({ stores, clock: new TestClock(FIRST_REMINDER_DAY) });
      await first.runPassAsOf(FIRST_REMINDER_DAY);
      await first.stop();
      await collector(stores).issue('C', '2026-03-23', FIRST_REMINDER_DAY);

      const second = createScheduler({ stores, clock: new TestClock(FIRST_REMINDER_DAY) });
      const pass = await second.runPassAsOf(at('2026-03-24T09:00:00+01:00'));
      // Only the two reminders (folded after the first pass) and C's issue are new to it.
      expect(pass).toMatchObject({ caughtUpEvents: 3, examined: 0, acted: 0 });
    });
  });

  describe('options', () => {
    it.each([
      [{ officeHours: { start: '18:00', end: '08:00' } }],
      [{ officeHours: { start: '8', end: '18:00' } }],
      [{ intervalMs: 0 }],
      [{ actor: ' ' }],
    ])('refuses %j', (options) => {
      expect(() =>
        createScheduler({ stores, clock: new TestClock(FIRST_REMINDER_DAY), options }),
      ).toThrow(InvalidSchedulerOptions);
    });
  });
});
