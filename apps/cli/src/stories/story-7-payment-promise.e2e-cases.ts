import { ServiceWorld, StoryStore } from './service-world';
import { issueInvoice, registerDebtor } from './story-helpers';

/** Story 7: "it is scheduled for payment this Friday" pauses reminders; a broken promise resumes them. */
export const storySevenPaymentPromise = (store: StoryStore) =>
  describe('Story 7: a payment promise', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'koffiebranderij-de-molen', '2026-03-02');
    });
    afterAll(() => world?.close());

    const promiseForFriday = async (invoiceId: string) => {
      await issueInvoice(world, {
        invoiceId,
        debtorId: 'het-anker',
        issueDate: '2026-03-02',
        cents: 84_700,
        description: 'Koffiebonen en onderhoud espressomachine, februari',
      });
    };

    it('pauses the reminder until Friday plus grace; a kept promise sends none, a broken one resumes', async () => {
      await registerDebtor(world, 'het-anker', {
        name: 'Restaurant Het Anker',
        kind: 'business',
        contactPerson: 'Joost Kramer',
      });
      await promiseForFriday('KM-2026-0214');
      await promiseForFriday('KM-2026-0215');
      await world.runDays('2026-03-03', '2026-03-17');
      await world.at('2026-03-18', '10:00');
      for (const invoiceId of ['KM-2026-0214', 'KM-2026-0215']) {
        await world
          .post(`/invoices/${invoiceId}/promises`, {
            promisedDate: '2026-03-20',
            note: 'Staat ingepland voor betaling deze vrijdag',
          })
          .expect(200);
      }
      await world.runDays('2026-03-19', '2026-03-19');
      await world.at('2026-03-20', '15:00');
      await world
        .post('/invoices/KM-2026-0214/payments', {
          amount: { amount: 84_700, currency: 'EUR' },
          paidOn: '2026-03-20',
        })
        .expect(200);
      await world.runDays('2026-03-21', '2026-03-23');
      expect(await world.reminders('KM-2026-0215')).toEqual([]);

      await world.runDays('2026-03-24', '2026-03-31');
      expect(await world.reminders('KM-2026-0214')).toEqual([]);
      const broken = await world.history('KM-2026-0215');
      expect(broken.slice(-2).map((e) => e.type)).toEqual(['PromiseBroken', 'ReminderSent']);
      expect(await world.reminders('KM-2026-0215')).toEqual([
        { level: 1, kind: 'reminder', on: '2026-03-24' },
      ]);
      const behaviour = await world.get('/debtors/het-anker/behaviour').expect(200);
      expect(behaviour.body).toMatchObject({ debtorId: 'het-anker', paidInvoices: 1 });
    });
  });
