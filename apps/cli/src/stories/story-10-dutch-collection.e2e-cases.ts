import { HistoryEvent, ServiceWorld, StoryStore } from './service-world';
import { eur, issueInvoice, registerDebtor } from './story-helpers';

const LETTER = 'WK-2026-0301';
const WRONG = 'WK-2026-0302';

const lastOf = (events: readonly HistoryEvent[], type: string): HistoryEvent | undefined =>
  events.filter((event) => event.type === type).at(-1);

/**
 * Story 10, the Dutch collection rules through the service. A consumer owes €1,000, due
 * Monday 16 March 2026. The default ladder reminds on 23 March, sends the demand letter on
 * Tuesday 7 April (Easter Monday moves it) and the final notice (the 14-day letter) by post
 * on Tuesday 21 April, 14 days after the demand. It is presumed received on Thursday the
 * 23rd (the second post day); the 14 days end Thursday 7 May, the last day to pay without
 * costs. The letter states the staffel's €150 (15% of €1,000). The hand-over rung falls on
 * Tuesday 12 May (21 days after the notice): costs €150, and consumer interest (4% in 2026)
 * from 8 May up to 12 May, 4 days on €1,000: 1,000 × 4% × 4 / 365 = €0.44.
 */
export const storyTenDutchCollection = (store: StoryStore) =>
  describe('Story 10: Dutch collection rules', () => {
    let world: ServiceWorld;
    beforeAll(async () => {
      world = await ServiceWorld.start(store, 'woonwinkel-west', '2026-03-02');
    });
    afterAll(() => world?.close());

    it('hands a consumer over with costs and interest only after a valid 14-day letter has run out', async () => {
      await registerDebtor(world, 'p-de-vries', { name: 'P. de Vries', kind: 'consumer' });
      for (const invoiceId of [LETTER, WRONG]) {
        await issueInvoice(world, {
          invoiceId,
          debtorId: 'p-de-vries',
          issueDate: '2026-03-02',
          cents: 100_000,
          description: 'Bankstel Oslo, drie-zits, antraciet',
        });
      }

      // Before any final notice: no costs can be charged to a consumer.
      await world.runDays('2026-03-03', '2026-03-25');
      const early = await world.post(`/invoices/${LETTER}/hand-over`, {}).expect(422);
      expect(early.body._tag).toBe('NoFourteenDayLetter');

      // A collector's own final notice that states more than the staffel allows.
      await world.at('2026-03-26', '11:00');
      await world
        .post(`/invoices/${WRONG}/reminders`, { level: 3, statedCosts: eur(20_000) })
        .expect(200);

      await world.runDays('2026-03-27', '2026-04-21');
      const notice = lastOf(await world.history(LETTER), 'ReminderSent');
      expect(notice?.data).toMatchObject({
        level: 3,
        kind: 'final-notice',
        channel: 'post',
        sentOn: '2026-04-21',
        statedCosts: eur(15_000),
        deadline: '2026-05-07',
      });

      // The term runs up to and including the deadline: a hand-over with costs waits.
      for (const day of ['2026-04-30', '2026-05-07']) {
        await world.at(day, '11:00');
        const running = await world.post(`/invoices/${LETTER}/hand-over`, {}).expect(409);
        expect(running.body).toMatchObject({
          _tag: 'FourteenDayTermRunning',
          rejection: { deadline: '2026-05-07' },
        });
      }
      // The wrong letter's term has long run out, but the letter itself does not count.
      const wrong = await world.post(`/invoices/${WRONG}/hand-over`, {}).expect(422);
      expect(wrong.body).toMatchObject({
        _tag: 'InvalidFourteenDayLetter',
        rejection: { level: 3, problem: 'costs-above-statutory' },
      });

      // The deadline passes; the saga hands over on the ladder's day.
      await world.runDays('2026-05-08', '2026-05-12');
      const handedOver = lastOf(await world.history(LETTER), 'HandedOverToCollection');
      expect(handedOver).toMatchObject({
        actor: 'scheduler',
        data: {
          handedOverOn: '2026-05-12',
          outstanding: eur(100_000),
          costs: eur(15_000),
          interest: eur(44),
        },
      });
      // The saga hands the wrong letter's invoice over too, without costs it may not charge.
      const withoutCosts = lastOf(await world.history(WRONG), 'HandedOverToCollection');
      expect(withoutCosts?.data).not.toHaveProperty('costs');

      const invoice = await world.get(`/invoices/${LETTER}`).expect(200);
      expect(invoice.body).toMatchObject({
        status: 'handed-over',
        balance: {
          costs: eur(15_000),
          interest: eur(44),
          principal: eur(100_000),
          total: eur(115_044),
        },
      });

      // A payment settles the costs, then the interest, then the principal (art. 6:44 BW).
      await world.at('2026-05-13', '11:00');
      await world
        .post(`/invoices/${LETTER}/payments`, { amount: eur(20_000), paidOn: '2026-05-13' })
        .expect(200);
      const paid = await world.get(`/invoices/${LETTER}`).expect(200);
      expect(paid.body.balance).toEqual({
        costs: eur(0),
        interest: eur(0),
        principal: eur(95_044),
        total: eur(95_044),
      });
    });

    it('watches prescription: two years for a consumer purchase, restarted by the final notice', async () => {
      const invoice = await world.get(`/invoices/${LETTER}`).expect(200);
      expect(invoice.body.prescriptionDate).toBe('2028-04-22');
      const soon = await world.get('/reports/prescription').expect(200);
      expect(soon.body).toMatchObject({ withinDays: 180, cases: [] });
      const later = await world.get('/reports/prescription?within=800').expect(200);
      expect(later.body.cases).toContainEqual(
        expect.objectContaining({
          invoiceId: LETTER,
          lastInterruption: '2026-04-21',
          prescriptionDate: '2028-04-22',
        }),
      );
      const sheet = await world.get('/debtors/p-de-vries/call-sheet').expect(200);
      expect(sheet.body.openInvoices).toContainEqual(
        expect.objectContaining({ invoiceId: LETTER, prescriptionDate: '2028-04-22' }),
      );
    });

    it('warns about long payment terms with a business, and keeps the term', async () => {
      const saved = await world
        .put('/debtors/bouwbedrijf-noord', {
          name: 'Bouwbedrijf Noord BV',
          kind: 'business',
          paymentTermDays: 90,
        })
        .expect(201);
      expect(saved.body.warnings.map((w: { _tag: string }) => w._tag)).toContain(
        'TermOverSixtyDays',
      );
      const issued = await world
        .post('/invoices', {
          invoiceId: 'WK-2026-0303',
          number: 'WK-2026-0303',
          debtorId: 'bouwbedrijf-noord',
          issueDate: '2026-05-13',
          amount: eur(250_000),
          description: 'Keukeninrichting kantoor',
        })
        .expect(201);
      expect(issued.body.warnings.map((w: { _tag: string }) => w._tag)).toContain(
        'TermOverSixtyDays',
      );
      expect(issued.body.invoice).toMatchObject({ paymentTermDays: 90, dueDate: '2026-08-11' });

      const shorter = await world
        .post('/invoices/WK-2026-0303/terms', { paymentTermDays: 30, reason: 'agreed' })
        .expect(200);
      expect(shorter.body.warnings).toEqual([]);
    });
  });
