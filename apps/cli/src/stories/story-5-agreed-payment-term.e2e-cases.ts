import { ServiceWorld, StoryStore } from './service-world';
import { issueInvoice, registerDebtor } from './story-helpers';

const DEBTOR = 'transportbedrijf-visser';
const SYNC = { 'X-Correlation-Id': 'accounting-sync-2026-02-10' };

/** Story 5: an agreed 30-day term re-anchors the open invoice and applies to the next one. */
export const storyFiveAgreedPaymentTerm = (store: StoryStore) =>
  describe('Story 5: an agreed payment term', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'bouwmaterialen-kok', '2026-02-02');
    });
    afterAll(() => world?.close());

    it('runs the reminders from the new due date, and next month’s invoice uses 30 days', async () => {
      await registerDebtor(world, DEBTOR, {
        name: 'Transportbedrijf Visser B.V.',
        kind: 'business',
      });
      await issueInvoice(world, {
        invoiceId: 'BK-2026-0202',
        debtorId: DEBTOR,
        issueDate: '2026-02-02',
        cents: 484_000,
        description: 'Bestrating en zand, project Logistiek Centrum Zwolle',
      });
      expect((await world.get('/invoices/BK-2026-0202').expect(200)).body.dueDate).toBe(
        '2026-02-16',
      );

      await world.at('2026-02-10', '16:00');
      await world
        .put(
          `/debtors/${DEBTOR}`,
          { name: 'Transportbedrijf Visser B.V.', kind: 'business', paymentTermDays: 30 },
          SYNC,
        )
        .expect((answer) => expect([200, 201]).toContain(answer.status));
      await world
        .post(
          '/invoices/BK-2026-0202/terms',
          { paymentTermDays: 30, reason: 'accounting sync' },
          SYNC,
        )
        .expect(200);
      const adjusted = (await world.history('BK-2026-0202')).at(-1);
      expect(adjusted).toMatchObject({
        type: 'TermsAdjusted',
        reason: 'accounting sync',
        data: { previousDueDate: '2026-02-16', dueDate: '2026-03-04', paymentTermDays: 30 },
      });

      await world.runDays('2026-02-11', '2026-03-10');
      expect(await world.reminders('BK-2026-0202')).toEqual([]);
      await world.runDays('2026-03-11', '2026-03-11');
      expect(await world.reminders('BK-2026-0202')).toEqual([
        { level: 1, kind: 'reminder', on: '2026-03-11' },
      ]);

      await issueInvoice(world, {
        invoiceId: 'BK-2026-0302',
        debtorId: DEBTOR,
        issueDate: '2026-03-02',
        cents: 302_500,
        description: 'Bestrating en zand, project Logistiek Centrum Zwolle',
      });
      expect((await world.get('/invoices/BK-2026-0302').expect(200)).body.dueDate).toBe(
        '2026-04-01',
      );
    });
  });
