import { ServiceWorld, StoryStore } from './service-world';
import { eur, issueInvoice, registerDebtor } from './story-helpers';

const SLOW = 'hoveniersbedrijf-bakker';
const NEW_DEBTOR = 'autobedrijf-smit';

/** The client's own ladder: a first reminder the day after a 14-day term, so on day 15. */
const eagerPolicy = (adaptive: boolean) => ({
  defaultPaymentTermDays: 14,
  adaptive,
  promiseGraceDays: 3,
  ladder: [
    { level: 1, kind: 'reminder', afterDueDays: 1, channel: 'email' },
    { level: 2, kind: 'demand', afterDueDays: 14, channel: 'post' },
    { level: 3, kind: 'final-notice', afterDueDays: 28, channel: 'post' },
  ],
});

/** Story 4: a debtor who always pays on day 18 stops getting the day-15 reminder. */
export const storyFourReliableSlowPayer = (store: StoryStore) =>
  describe('Story 4: a reliable but slow payer', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'veldman-verhuur', '2025-12-01');
    });
    afterAll(() => world?.close());

    it('shows his 18-day habit, and adaptive timing moves his first reminder past it', async () => {
      await world.put('/policy', eagerPolicy(false)).expect(200);
      await registerDebtor(world, SLOW, { name: 'Hoveniersbedrijf Bakker', kind: 'business' });
      await registerDebtor(world, NEW_DEBTOR, { name: 'Autobedrijf Smit', kind: 'business' });
      const rentals = [
        ['VR-2025-0901', '2025-09-01', '2025-09-18'],
        ['VR-2025-1006', '2025-10-06', '2025-10-24'],
        ['VR-2025-1106', '2025-11-06', '2025-11-25'],
      ] as const;
      for (const [invoiceId, issueDate, paidOn] of rentals) {
        await issueInvoice(world, {
          invoiceId,
          debtorId: SLOW,
          issueDate,
          cents: 181_500,
          description: 'Huur minigraver en aanhanger',
        });
        await world
          .post(`/invoices/${invoiceId}/payments`, { amount: eur(181_500), paidOn })
          .expect(200);
      }

      await world.at('2026-01-12', '08:30');
      const behaviour = await world.get(`/debtors/${SLOW}/behaviour`).expect(200);
      expect(behaviour.body).toMatchObject({
        debtorId: SLOW,
        paidInvoices: 3,
        meanDaysToPay: 18,
        medianDaysToPay: 18,
        p90DaysToPay: 19,
        onTimeRatio: 0,
        rating: 'B',
      });

      await world.put('/policy', eagerPolicy(true)).expect(200);
      for (const [invoiceId, debtorId] of [
        ['VR-2026-0112', SLOW],
        ['VR-2026-0113', NEW_DEBTOR],
      ] as const) {
        await issueInvoice(world, {
          invoiceId,
          debtorId,
          issueDate: '2026-01-12',
          cents: 193_600,
          description: 'Huur minigraver, januari',
        });
      }
      await world.runDays('2026-01-13', '2026-01-29');
      await world.at('2026-01-30', '15:00');
      await world
        .post('/invoices/VR-2026-0112/payments', { amount: eur(193_600), paidOn: '2026-01-30' })
        .expect(200);
      await world.runDays('2026-01-31', '2026-02-13');

      expect(await world.reminders('VR-2026-0112')).toEqual([]);
      expect(await world.reminders('VR-2026-0113')).toEqual([
        { level: 1, kind: 'reminder', on: '2026-01-27' },
        { level: 2, kind: 'demand', on: '2026-02-09' },
      ]);
    });
  });
