import { ServiceWorld, StoryStore } from './service-world';
import { eur, issueInvoice, registerDebtor } from './story-helpers';

const INVOICE = 'VK-2026-0311';

/** Story 3: on hold awaiting a credit note; no reminders; the credit note resumes the workflow. */
export const storyThreeCreditNotePending = (store: StoryStore) =>
  describe('Story 3: a credit note pending', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'kwekerij-de-linde', '2026-03-02');
    });
    afterAll(() => world?.close());

    it('holds the reminders until the credit note, then sends the demand letter for the rest', async () => {
      await registerDebtor(world, 'groenrijk', {
        name: 'Tuincentrum Groenrijk',
        kind: 'business',
        contactPerson: 'Femke Hoekstra',
      });
      await issueInvoice(world, {
        invoiceId: INVOICE,
        debtorId: 'groenrijk',
        issueDate: '2026-03-02',
        cents: 242_000,
        description: 'Vaste planten en heesters, voorjaarslevering',
      });
      await world.runDays('2026-03-03', '2026-03-23');
      expect(await world.reminders(INVOICE)).toEqual([
        { level: 1, kind: 'reminder', on: '2026-03-23' },
      ]);

      await world.at('2026-03-24', '11:30');
      await world
        .post(`/invoices/${INVOICE}/hold`, {
          reason: 'awaiting-credit-note',
          note: 'Tweede creditnota retourpallets',
        })
        .expect(200);
      await world.runDays('2026-03-25', '2026-05-04');
      expect(await world.reminders(INVOICE)).toHaveLength(1);

      await world.at('2026-05-04', '14:00');
      await world
        .post(`/invoices/${INVOICE}/credit-notes`, { number: 'CN-2026-017', amount: eur(42_000) })
        .expect(200);
      const invoice = await world.get(`/invoices/${INVOICE}`).expect(200);
      expect(invoice.body).toMatchObject({ status: 'open', outstanding: eur(200_000) });

      await world.runDays('2026-05-05', '2026-05-05');
      expect(await world.reminders(INVOICE)).toEqual([
        { level: 1, kind: 'reminder', on: '2026-03-23' },
        { level: 2, kind: 'demand', on: '2026-05-05' },
      ]);
    });
  });
