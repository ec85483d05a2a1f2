import { ServiceWorld, StoryStore } from './service-world';
import { eur, issueInvoice, registerDebtor } from './story-helpers';

const INVOICE = 'GZ-2026-0087';

/** Story 6: a disputed invoice is held while cleared with the client, then a promise follows. */
export const storySixDispute = (store: StoryStore) =>
  describe('Story 6: a dispute', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'glazenwasserij-de-zon', '2026-03-02');
    });
    afterAll(() => world?.close());

    it('pauses reminders during the dispute, records the promise, and resumes when it is broken', async () => {
      await registerDebtor(world, 'de-wissel', {
        name: 'Vastgoed De Wissel B.V.',
        kind: 'business',
        contactPerson: 'Sandra de Jong',
      });
      await issueInvoice(world, {
        invoiceId: INVOICE,
        debtorId: 'de-wissel',
        issueDate: '2026-03-02',
        cents: 363_000,
        description: 'Glasbewassing kantoorpand Stationsplein, maart 2026',
      });
      await world.runDays('2026-03-03', '2026-03-24');
      await world.at('2026-03-25', '10:00');
      await world
        .post(`/invoices/${INVOICE}/hold`, {
          reason: 'dispute',
          note: 'Klacht over dienstverlening',
        })
        .expect(200);
      await world.runDays('2026-03-26', '2026-04-14');
      expect(await world.reminders(INVOICE)).toEqual([
        { level: 1, kind: 'reminder', on: '2026-03-23' },
      ]);
      const sheet = await world.get('/debtors/de-wissel/call-sheet').expect(200);
      expect(JSON.stringify(sheet.body)).toContain('dispute');

      await world.at('2026-04-15', '11:00');
      const promised = await world
        .post(`/invoices/${INVOICE}/promises`, {
          promisedDate: '2026-04-24',
          amount: eur(363_000),
          note: 'Na excuses opdrachtgever',
        })
        .expect(200);
      expect(promised.body.recorded).toEqual(['HoldReleased', 'PaymentPromised']);

      await world.runDays('2026-04-16', '2026-04-27');
      expect(await world.reminders(INVOICE)).toHaveLength(1);
      await world.runDays('2026-04-28', '2026-04-28');
      const history = await world.history(INVOICE);
      expect(history.slice(-2).map((e) => [e.type, e.data['level'] ?? null])).toEqual([
        ['PromiseBroken', null],
        ['ReminderSent', 2],
      ]);
    });
  });
