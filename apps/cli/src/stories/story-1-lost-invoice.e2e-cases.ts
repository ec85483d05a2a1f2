import { ServiceWorld, StoryStore } from './service-world';
import { issueInvoice, registerDebtor } from './story-helpers';

const INVOICE = 'F2026-0142';
const FRESH_LINK = 'https://betaal.drukkerij-jansen.nl/2026-0142?r=2';

/** Story 1: the debtor lost the invoice; it is resent with a payment link. */
export const storyOneLostInvoice = (store: StoryStore) =>
  describe('Story 1: a lost invoice', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'drukkerij-jansen', '2026-03-02');
    });
    afterAll(() => world?.close());

    it('resends the invoice with a fresh link, keeps it in the history, and reminds from the original due date', async () => {
      await registerDebtor(world, 'de-vries', {
        name: 'De Vries Installatietechniek B.V.',
        kind: 'business',
        contactPerson: 'Pieter de Vries',
        email: 'administratie@devries-installatie.nl',
      });
      await issueInvoice(world, {
        invoiceId: INVOICE,
        debtorId: 'de-vries',
        issueDate: '2026-03-02',
        cents: 145_200,
        description: 'Drukwerk: 5.000 brochures voorjaarsactie',
        paymentLink: 'https://betaal.drukkerij-jansen.nl/2026-0142',
      });
      await world.runDays('2026-03-03', '2026-03-19');
      expect(await world.reminders(INVOICE)).toEqual([]);

      await world.at('2026-03-20', '11:15');
      await world
        .post(`/invoices/${INVOICE}/contacts`, {
          channel: 'phone',
          outcome: 'reached',
          note: 'Factuur nooit ontvangen',
        })
        .expect(200);
      await world
        .post(`/invoices/${INVOICE}/resend`, { channel: 'email', paymentLink: FRESH_LINK })
        .expect(200);

      const history = await world.history(INVOICE);
      expect(history.map((e) => e.type)).toEqual(['Issued', 'ContactLogged', 'InvoiceResent']);
      expect(history[2]).toMatchObject({
        version: 3,
        occurredAt: '2026-03-20T11:15:00+01:00',
        data: { channel: 'email', resentOn: '2026-03-20' },
      });

      await world.runDays('2026-03-21', '2026-03-27');
      expect(await world.reminders(INVOICE)).toEqual([
        { level: 1, kind: 'reminder', on: '2026-03-23' },
      ]);
      expect((await world.history(INVOICE)).at(-1)).toMatchObject({
        type: 'ReminderSent',
        actor: 'scheduler',
      });
    });
  });
