import { setTimeout as sleep } from 'node:timers/promises';
import { ServiceWorld, StoryStore } from './service-world';
import { eur, issueInvoice, registerDebtor } from './story-helpers';

const INVOICE = 'HV-2021-0815';

/**
 * Story 2: an invoice from 2021 arrives with a new client's open items; years later the
 * collector opens the case and sees everything in order, and can look back to a date.
 */
export const storyTwoOldCase = (store: StoryStore) =>
  describe('Story 2: an old case', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'hoveniers-van-dam', '2026-02-02');
    });
    afterAll(() => world?.close());

    it('shows what the invoice was for and every step since, who did it and why, in order', async () => {
      await registerDebtor(world, 'camping-de-kreek', {
        name: 'Camping De Kreek',
        kind: 'business',
        contactPerson: 'Wim Maas',
      });
      await issueInvoice(world, {
        invoiceId: INVOICE,
        debtorId: 'camping-de-kreek',
        issueDate: '2021-08-15',
        dueDate: '2021-09-14',
        cents: 612_000,
        description: 'Aanleg beplanting entree en snoeiwerk, zomer 2021',
      });
      const firstPass = await world.at('2026-02-02', '11:00');
      expect(firstPass.acted).toBeGreaterThan(0);

      await world.at('2026-02-04', '14:30');
      // asOf looks at when the store recorded an event (store time, the real clock).
      await sleep(20);
      const recordedBeforeTheCall = new Date().toISOString();
      await sleep(20);
      await world
        .post(`/invoices/${INVOICE}/contacts`, {
          channel: 'phone',
          outcome: 'reached',
          note: 'Weet niet meer waar de factuur over ging',
        })
        .expect(200);
      await world
        .post(`/invoices/${INVOICE}/promises`, { promisedDate: '2026-02-13', amount: eur(612_000) })
        .expect(200);
      await world.runDays('2026-02-05', '2026-02-12');
      await world
        .post(`/invoices/${INVOICE}/payments`, { amount: eur(612_000), paidOn: '2026-02-12' })
        .expect(200);

      const history = await world.history(INVOICE);
      const issued = history[0];
      expect(issued).toMatchObject({
        type: 'Issued',
        version: 1,
        data: {
          description: 'Aanleg beplanting entree en snoeiwerk, zomer 2021',
          issueDate: '2021-08-15',
        },
      });
      const types = history.map((e) => e.type);
      expect(types.slice(-4)).toEqual(['ContactLogged', 'PaymentPromised', 'Paid', 'PromiseKept']);
      expect(types.filter((t) => t === 'ReminderSent').length).toBeGreaterThan(0);
      expect(history.map((e) => e.version)).toEqual(history.map((_, i) => i + 1));
      for (const event of history) {
        expect(event.actor).toEqual(expect.any(String));
        expect(event.recordedAt).toEqual(expect.any(String));
      }

      const asOfBeforeTheCall = await world.history(INVOICE, recordedBeforeTheCall);
      expect(asOfBeforeTheCall.map((e) => e.type)).not.toContain('ContactLogged');
      expect(asOfBeforeTheCall.length).toBeLessThan(history.length);

      const invoice = await world.get(`/invoices/${INVOICE}`).expect(200);
      expect(invoice.body).toMatchObject({ status: 'settled', outstanding: eur(0) });
    });
  });
