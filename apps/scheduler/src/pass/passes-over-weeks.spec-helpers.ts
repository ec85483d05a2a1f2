import { PassSummary, Stores, TestClock } from '@debiteur/application';
import { addDays, CalendarDate, Instant, instantAt, invoiceId, money } from '@debiteur/core';
import { createScheduler } from '../scheduler/create-scheduler';
import {
  at,
  collector,
  day,
  DEBTOR,
  deedOf,
  schedulerEvents,
  valid,
} from '../testing/scheduler-world.spec-helpers';

const PASS_HOUR = 9;
const HAPPENING_HOUR = 14;
const FROM = '2026-03-02';
const TO = '2026-05-13';

/**
 * Five invoices to Hotel De Zwaan, issued Monday 2 March 2026 on 14 days (due 16 March), on
 * the Dutch default ladder (reminder +7, demand +21, final notice +35, hand-over +56):
 * A is never paid; B is promised for Friday 20 March and not paid; C waits on hold for a
 * credit note from 10 March to 1 April; D is paid on 20 March; E is promised for 20 March
 * too, then disputed from 19 to 26 March (7 days on hold) and not paid.
 */
const happenings = (stores: Stores): Record<string, (now: Instant) => Promise<void>> => {
  const team = collector(stores);
  return {
    '2026-03-02': async (now) => {
      await team.registerDebtor(DEBTOR, now);
      for (const id of ['A', 'B', 'C', 'D', 'E']) await team.issue(id, '2026-03-02', now);
    },
    '2026-03-10': (now) =>
      team.run('C', { type: 'PutOnHold', now, reason: 'awaiting-credit-note' }),
    '2026-03-18': async (now) => {
      for (const id of ['B', 'E'])
        await team.run(id, { type: 'PromisePayment', now, promisedDate: day('2026-03-20') });
    },
    '2026-03-19': (now) => team.run('E', { type: 'PutOnHold', now, reason: 'dispute' }),
    '2026-03-20': (now) =>
      team.run('D', {
        type: 'RecordPayment',
        now,
        amount: valid(money(12100, 'EUR')),
        paidOn: day('2026-03-20'),
      }),
    '2026-03-26': (now) => team.run('E', { type: 'ReleaseHold', now }),
    '2026-04-01': (now) => team.run('C', { type: 'ReleaseHold', now }),
  };
};

export interface WeeksLived {
  readonly passes: readonly PassSummary[];
  readonly extraPasses: readonly PassSummary[];
}

/**
 * Lives through 2 March – 13 May 2026 on a store: a pass as of 09:00 every calendar day
 * (weekends and holidays too), whatever happens that day at 14:00, and on Monday 23 March
 * (the day A's first reminder falls due) passes at 07:30 and 19:00 as well.
 */
export const liveThroughWeeks = async (stores: Stores): Promise<WeeksLived> => {
  const clock = new TestClock(at('2026-03-02T08:00:00+01:00'));
  const scheduler = createScheduler({ stores, clock, options: { concurrency: 2 } });
  const agenda = happenings(stores);
  const passes: PassSummary[] = [];
  const extraPasses: PassSummary[] = [];
  for (let d: CalendarDate = day(FROM); d <= day(TO); d = addDays(d, 1)) {
    if (d === '2026-03-23')
      extraPasses.push(await scheduler.runPassAsOf(at(`${d}T07:30:00+01:00`)));
    passes.push(await scheduler.runPassAsOf(instantAt(d, PASS_HOUR)));
    if (d === '2026-03-23')
      extraPasses.push(await scheduler.runPassAsOf(at(`${d}T19:00:00+01:00`)));
    const happen = agenda[d];
    if (happen !== undefined) await happen(instantAt(d, HAPPENING_HOUR));
  }
  await scheduler.stop();
  return { passes, extraPasses };
};

/** What the scheduler should have done, as `date invoice event [level]`, day by day. */
export const EXPECTED_DEEDS = [
  '2026-03-23 A ReminderSent 1',
  '2026-03-24 B PromiseBroken',
  '2026-03-24 B ReminderSent 1',
  // E's promise stood still for its 7 days on hold: kept by 27 March, grace to 30 March.
  '2026-03-31 E PromiseBroken',
  '2026-03-31 E ReminderSent 1',
  '2026-04-02 C ReminderSent 1',
  // 6 April is Easter Monday: the demand letters due that day go out on Tuesday.
  '2026-04-07 A ReminderSent 2',
  '2026-04-07 B ReminderSent 2',
  // C's demand keeps the ladder's 14 days after its late first reminder.
  '2026-04-14 E ReminderSent 2',
  '2026-04-16 C ReminderSent 2',
  '2026-04-21 A ReminderSent 3',
  '2026-04-21 B ReminderSent 3',
  '2026-04-28 E ReminderSent 3',
  '2026-04-30 C ReminderSent 3',
  '2026-05-12 A HandedOverToCollection',
  '2026-05-12 B HandedOverToCollection',
];

/** The tests of a store lived through the weeks above. */
export const describePassesOverWeeks = (openStores: () => Promise<Stores>): void => {
  let stores: Stores;
  let lived: WeeksLived;

  beforeAll(async () => {
    stores = await openStores();
    lived = await liveThroughWeeks(stores);
  }, 120_000);
  afterAll(async () => stores?.close());

  it('sends each reminder, breaks the promise and hands over on the expected business days', async () => {
    const deeds = (await schedulerEvents(stores)).map(deedOf);
    expect([...deeds].sort()).toEqual([...EXPECTED_DEEDS].sort());
  });

  it('sends nothing on weekends and Dutch holidays, and says so', () => {
    const closedDays = lived.passes
      .filter((p) => p.outsideOfficeHours)
      .map((p) => p.asOf.slice(0, 10));
    expect(closedDays).toEqual(
      expect.arrayContaining([
        '2026-03-07',
        '2026-03-08',
        '2026-04-03',
        '2026-04-06',
        '2026-04-27',
      ]),
    );
    for (const pass of lived.passes.filter((p) => p.outsideOfficeHours)) {
      expect(pass).toMatchObject({ acted: 0, examined: 0, closed: 'non-business-day' });
    }
    expect(lived.passes.filter((p) => !p.outsideOfficeHours).length).toBe(50);
  });

  it('sends nothing before or after office hours, even with a reminder due', () => {
    expect(lived.extraPasses).toEqual([
      expect.objectContaining({ acted: 0, outsideOfficeHours: true, closed: 'before-hours' }),
      expect.objectContaining({ acted: 0, outsideOfficeHours: true, closed: 'after-hours' }),
    ]);
  });

  it('acts as the scheduler, says why, and is caused by the event it decided on', async () => {
    for (const event of await schedulerEvents(stores)) {
      const stream = await stores.events.readStream(event.streamId, { to: event.streamVersion });
      const previous = stream.at(-2);
      expect(event.metadata).toMatchObject({
        actor: 'scheduler',
        tenantId: 'bakkerij-de-vries',
        causationId: previous?.eventId,
      });
      expect(event.metadata.reason).toEqual(expect.any(String));
      expect(event.metadata.correlationId).toMatch(/^scheduler-pass-/);
    }
  });

  it('leaves a paid invoice alone', async () => {
    const paid = valid(invoiceId('D'));
    const deeds = (await schedulerEvents(stores)).map(deedOf);
    expect(deeds.filter((d) => d.includes(` ${paid} `))).toEqual([]);
  });
};
