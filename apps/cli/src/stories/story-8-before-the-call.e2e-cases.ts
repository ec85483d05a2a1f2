import { ServiceWorld, StoryStore } from './service-world';
import { eur, issueInvoice, registerDebtor } from './story-helpers';

const DEBTOR = 'bakkerij-de-korenschoof';

/** Story 8: before calling, the collector sees everything about the debtor on one sheet. */
export const storyEightBeforeTheCall = (store: StoryStore) =>
  describe('Story 8: before the call', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'molenaar-groothandel', '2026-02-02');
    });
    afterAll(() => world?.close());

    it('shows contact, open invoices, outstanding, agreements, letters sent and revenue share', async () => {
      await registerDebtor(world, DEBTOR, {
        name: 'Bakkerij De Korenschoof',
        kind: 'business',
        contactPerson: 'Henk Mulder',
        email: 'henk@korenschoof.nl',
      });
      await registerDebtor(world, 'other-customer', { name: 'Hotel Zeezicht', kind: 'business' });
      await issueInvoice(world, {
        invoiceId: 'MG-2026-0201',
        debtorId: DEBTOR,
        issueDate: '2026-02-02',
        cents: 120_000,
        description: 'Meel en gist, februari',
      });
      await issueInvoice(world, {
        invoiceId: 'MG-2026-0202',
        debtorId: DEBTOR,
        issueDate: '2026-02-02',
        cents: 30_000,
        description: 'Verpakkingsmateriaal',
      });
      await issueInvoice(world, {
        invoiceId: 'MG-2026-0203',
        debtorId: 'other-customer',
        issueDate: '2026-02-02',
        cents: 150_000,
        description: 'Broodjes en banket, februari',
      });
      await world.runDays('2026-02-03', '2026-03-10');
      await world.at('2026-03-11', '09:30');
      await world
        .post('/invoices/MG-2026-0202/promises', {
          promisedDate: '2026-03-20',
          note: 'Na de kerst',
        })
        .expect(200);

      const sheet = await world.get(`/debtors/${DEBTOR}/call-sheet`).expect(200);
      expect(sheet.body).toMatchObject({
        debtorId: DEBTOR,
        contact: { contactPerson: 'Henk Mulder' },
        openInvoices: [{ invoiceId: 'MG-2026-0201' }, { invoiceId: 'MG-2026-0202' }],
        totalOutstanding: [eur(150_000)],
        remindersSent: 2,
        demandLettersSent: 2,
        agreements: { promises: [{ invoiceId: 'MG-2026-0202', promisedDate: '2026-03-20' }] },
        revenueShare: { share: 0.5 },
      });
      expect(sheet.body.creditworthiness).toEqual(expect.objectContaining({ debtorId: DEBTOR }));
    });
  });
