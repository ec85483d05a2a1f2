import { ServiceWorld, StoryStore } from './service-world';
import { eur, issueInvoice, registerDebtor } from './story-helpers';

const KEEPS = 'ZO-2026-0101';
const MISSES = 'ZO-2026-0102';

/** Story 9: installments replace the reminders; a missed one ends the arrangement. */
export const storyNinePaymentArrangement = (store: StoryStore) =>
  describe('Story 9: a payment arrangement', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'zonnepanelen-oost', '2026-03-02');
    });
    afterAll(() => world?.close());

    it('tracks installments without reminders, and resumes them after a missed one', async () => {
      for (const [debtorId, invoiceId, cents] of [
        ['r-hendriks', KEEPS, 180_000],
        ['k-de-wit', MISSES, 150_000],
      ] as const) {
        await registerDebtor(world, debtorId, { name: debtorId, kind: 'consumer' });
        await issueInvoice(world, {
          invoiceId,
          debtorId,
          issueDate: '2026-03-02',
          cents,
          description: 'Levering en installatie 10 zonnepanelen met omvormer',
        });
      }
      await world.runDays('2026-03-03', '2026-03-25');
      await world.at('2026-03-26', '10:00');
      for (const [invoiceId, cents] of [
        [KEEPS, 60_000],
        [MISSES, 50_000],
      ] as const) {
        await world
          .post(`/invoices/${invoiceId}/arrangements`, {
            installments: ['2026-04-10', '2026-05-11', '2026-06-10'].map((dueDate) => ({
              dueDate,
              amount: eur(cents),
            })),
          })
          .expect(200);
      }

      const pay = async (invoiceId: string, cents: number, paidOn: string) => {
        await world.at(paidOn, '16:00');
        await world
          .post(`/invoices/${invoiceId}/payments`, { amount: eur(cents), paidOn })
          .expect(200);
      };
      await world.runDays('2026-03-27', '2026-04-09');
      await pay(KEEPS, 60_000, '2026-04-10');
      await pay(MISSES, 50_000, '2026-04-10');
      await world.runDays('2026-04-11', '2026-05-10');
      await pay(KEEPS, 60_000, '2026-05-11');
      await world.runDays('2026-05-12', '2026-05-14');
      expect(await world.reminders(MISSES)).toHaveLength(1);

      await world.runDays('2026-05-15', '2026-05-15');
      const missed = await world.history(MISSES);
      expect(missed.slice(-2).map((e) => [e.type, e.data['level'] ?? null])).toEqual([
        ['ArrangementDefaulted', null],
        ['ReminderSent', 2],
      ]);

      await world.runDays('2026-05-16', '2026-06-09');
      await pay(KEEPS, 60_000, '2026-06-10');
      const kept = await world.get(`/invoices/${KEEPS}`).expect(200);
      expect(kept.body).toMatchObject({ status: 'settled', outstanding: eur(0) });
      expect(await world.reminders(KEEPS)).toEqual([
        { level: 1, kind: 'reminder', on: '2026-03-23' },
      ]);
    });
  });
