import { at, sqliteStores, useTestApi } from '../testing/test-api';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('Writing off an invoice over HTTP', () => {
  const api = useTestApi(sqliteStores);
  const asAcme = () => ({ Authorization: api().acme });
  const post = (path: string, body: object) => api().http.post(path).set(asAcme()).send(body);
  const issue = (invoiceId: string) =>
    post('/invoices', {
      invoiceId,
      number: `F-${invoiceId}`,
      debtorId: 'd-bankrupt',
      issueDate: '2026-01-05',
      amount: eur(121_00),
      description: 'Levering januari',
    }).expect(201);
  const reason = 'Faillissement: geen uitkering te verwachten';

  it('writes off what is still owed, with the reason in the history', async () => {
    await issue('INV-wo-1');
    await post('/invoices/INV-wo-1/payments', { amount: eur(21_00), paidOn: '2026-02-01' }).expect(
      200,
    );
    api().clock.moveTo(at('2026-03-09T11:00:00+01:00'));

    const written = await post('/invoices/INV-wo-1/write-off', { reason }).expect(200);
    expect(written.body).toMatchObject({
      recorded: ['WrittenOff'],
      invoice: { status: 'written-off', outstanding: eur(100_00) },
    });

    const history = await api().http.get('/invoices/INV-wo-1/history').set(asAcme()).expect(200);
    expect(history.body.events.at(-1)).toMatchObject({
      type: 'WrittenOff',
      reason,
      data: { amount: eur(100_00), writtenOffOn: '2026-03-09' },
    });
  });

  it('ends a live promise: the written-off invoice shows none', async () => {
    await issue('INV-wo-4');
    await post('/invoices/INV-wo-4/promises', { promisedDate: '2026-03-20' }).expect(200);
    const written = await post('/invoices/INV-wo-4/write-off', { reason }).expect(200);
    expect(written.body.invoice).toMatchObject({ status: 'written-off', promise: null });
  });

  it('refuses to write off a written-off invoice again with 409 InvoiceClosed', async () => {
    await issue('INV-wo-2');
    await post('/invoices/INV-wo-2/write-off', { reason }).expect(200);
    const again = await post('/invoices/INV-wo-2/write-off', { reason }).expect(409);
    expect(again.body).toMatchObject({ _tag: 'InvoiceClosed' });
  });

  it('asks for a reason, and answers 404 for an invoice it does not know', async () => {
    await issue('INV-wo-3');
    const bare = await post('/invoices/INV-wo-3/write-off', {}).expect(400);
    expect(JSON.stringify(bare.body)).toContain('reason');
    await post('/invoices/INV-wo-3/write-off', { reason: '' }).expect(400);
    const unknown = await post('/invoices/INV-unknown/write-off', { reason }).expect(404);
    expect(unknown.body).toMatchObject({ _tag: 'NotIssued' });
  });
});
