import { sqliteStores, useTestApi } from '../testing/test-api';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

// The write-off itself, its history and the second write-off's 409 run on SQLite and
// PostgreSQL in the shared suite (testing/api-e2e-suite.ts); these are its further cases.
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

  it('ends a live promise: the written-off invoice shows none', async () => {
    await issue('INV-wo-4');
    await post('/invoices/INV-wo-4/promises', { promisedDate: '2026-03-20' }).expect(200);
    const written = await post('/invoices/INV-wo-4/write-off', { reason }).expect(200);
    expect(written.body.invoice).toMatchObject({ status: 'written-off', promise: null });
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
