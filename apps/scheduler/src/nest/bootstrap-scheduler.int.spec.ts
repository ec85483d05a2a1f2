import { openStores, Stores, TestClock } from '@debiteur/application';
import { tempFolder } from '@debiteur/store-sqlite/testing';
import { at, collector, DEBTOR } from '../testing/scheduler-world.spec-helpers';
import { Scheduler } from '../scheduler/create-scheduler';
import { bootstrapScheduler } from './bootstrap-scheduler';
import { SCHEDULER } from './scheduler.tokens';

describe('The scheduler as a Nest application context', () => {
  const folder = tempFolder('scheduler');
  let stores: Stores;
  beforeAll(async () => {
    stores = await openStores(`sqlite:${folder.path('nest.db')}`);
    const issued = at('2026-03-02T10:00:00+01:00');
    await collector(stores).registerDebtor(DEBTOR, issued);
    await collector(stores).issue('A', '2026-03-02', issued);
  });
  afterAll(async () => {
    await stores.close();
    folder.remove();
  });

  it('provides the scheduler, which runs passes, and stops it when the context closes', async () => {
    const app = await bootstrapScheduler({
      stores,
      clock: new TestClock(at('2026-03-23T09:00:00+01:00')),
      autoStart: false,
    });
    const scheduler = app.get<Scheduler>(SCHEDULER);
    const pass = await scheduler.runPassAsOf(at('2026-03-23T09:00:00+01:00'));
    expect(pass).toMatchObject({ examined: 1, acted: 1 });
    await app.close();
    expect(await scheduler.status()).toMatchObject({ running: false });
  });

  it('starts the continuous passes with the application', async () => {
    const app = await bootstrapScheduler({
      stores,
      clock: new TestClock(at('2026-04-07T09:00:00+02:00')),
      options: { intervalMs: 20 },
    });
    const scheduler = app.get<Scheduler>(SCHEDULER);
    expect((await scheduler.status()).running).toBe(true);
    await app.close();
    expect((await scheduler.status()).running).toBe(false);
  });
});
