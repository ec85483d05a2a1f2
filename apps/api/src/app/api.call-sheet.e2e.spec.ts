import { at, sqliteStores, useTestApi } from '../testing/test-api';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('The call sheet over HTTP', () => {
  const api = useTestApi(sqliteStores);
  const asAcme = () => ({ Authorization: api().acme });
  const post = (path: string, body: object) => api().http.post(path).set(asAcme()).send(body);
  const arrangementsOf = async (debtorId: string) => {
    const sheet = await api().http.get(`/debtors/${debtorId}/call-sheet`).set(asAcme()).expect(200);
    return sheet.body.agreements.arrangements;
  };

  describe('an arrangement whose invoice goes on hold (docs/adr/0029)', () => {
    it('has no dates to pay by during the hold, then moves every installment on by its days', async () => {
      const id = 'INV-arranged-hold';
      await post('/invoices', {
        invoiceId: id,
        number: `F-${id}`,
        debtorId: 'd-arranged-hold',
        issueDate: '2026-03-01',
        amount: eur(121_00),
        description: 'Onderhoud cv-ketel',
      }).expect(201);
      // Agreed on 2 March (the test clock's start): 60.00 on 10 March, 61.00 on 10 April.
      await post(`/invoices/${id}/arrangements`, {
        installments: [
          { dueDate: '2026-03-10', amount: eur(60_00) },
          { dueDate: '2026-04-10', amount: eur(61_00) },
        ],
      }).expect(200);
      expect(await arrangementsOf('d-arranged-hold')).toEqual([
        {
          invoiceId: id,
          number: `F-${id}`,
          agreedOn: '2026-03-02',
          heldDays: 0,
          installments: [
            { dueDate: '2026-03-10', amount: eur(60_00), payBy: '2026-03-10' },
            { dueDate: '2026-04-10', amount: eur(61_00), payBy: '2026-04-10' },
          ],
        },
      ]);

      api().clock.moveTo(at('2026-03-05T10:00:00+01:00'));
      await post(`/invoices/${id}/hold`, { reason: 'dispute' }).expect(200);
      // The hold began before the first installment fell due: the clock stands still.
      expect(await arrangementsOf('d-arranged-hold')).toEqual([
        expect.objectContaining({
          heldDays: 0,
          installments: [
            expect.objectContaining({ dueDate: '2026-03-10', payBy: null }),
            expect.objectContaining({ dueDate: '2026-04-10', payBy: null }),
          ],
        }),
      ]);

      api().clock.moveTo(at('2026-03-12T10:00:00+01:00'));
      const released = await post(`/invoices/${id}/release`, {}).expect(200);
      // On hold 5 → 12 March: 7 days, as the invoice itself counts them.
      expect(released.body.invoice.arrangement).toMatchObject({ heldDays: 7 });
      expect(await arrangementsOf('d-arranged-hold')).toEqual([
        expect.objectContaining({
          heldDays: 7,
          installments: [
            { dueDate: '2026-03-10', amount: eur(60_00), payBy: '2026-03-17' },
            { dueDate: '2026-04-10', amount: eur(61_00), payBy: '2026-04-17' },
          ],
        }),
      ]);
    });
  });
});
