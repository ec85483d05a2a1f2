import { calendarDate, money, statutoryInterest } from '@debiteur/core';
import * as E from 'fp-ts/Either';
import { at, sqliteStores, startTestApi, TestApi } from '../testing/test-api';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

const day = (value: string) =>
  E.getOrElseW(() => {
    throw new Error(`bad test date ${value}`);
  })(calendarDate(value));

let termDebtors = 0;

const tagsOf = (warnings: readonly { readonly _tag: string }[]) => warnings.map((w) => w._tag);

/**
 * The Dutch collection rules at the HTTP boundary: hand-over with costs and interest, the
 * balance by costs, interest and principal, payment-term warnings and the prescription report.
 * The 14-day-letter flow through the saga is story 10 (apps/cli/src/stories).
 */
describe('The API with the Dutch collection rules', () => {
  let api: TestApi;
  const auth = () => ({ Authorization: api.acme });
  const put = (path: string, body: object) => api.http.put(path).set(auth()).send(body);
  const post = (path: string, body: object) => api.http.post(path).set(auth()).send(body);
  const get = (path: string) => api.http.get(path).set(auth());

  beforeAll(async () => {
    api = await startTestApi(sqliteStores);
    // €1,000 due Sunday 15 March 2026 (14 days after issue).
    await put('/debtors/bakker', { name: 'Bakker BV', kind: 'business' }).expect(201);
    for (const [invoiceId, debtorId] of [
      ['NL-1', 'bakker'],
      ['NL-2', 'unknown-debtor'],
    ]) {
      await post('/invoices', {
        invoiceId,
        number: invoiceId,
        debtorId,
        issueDate: '2026-03-01',
        amount: eur(100_000),
        description: 'Onderhoud',
      }).expect(201);
    }
  }, 60_000);

  afterAll(() => api?.close());

  it('shows the principal as the whole balance, and the prescription date, before a hand-over', async () => {
    const invoice = await get('/invoices/NL-1').expect(200);
    expect(invoice.body).toMatchObject({
      balance: { costs: eur(0), interest: eur(0), principal: eur(100_000), total: eur(100_000) },
      prescriptionDate: '2031-03-16',
    });
  });

  it('hands a business over with the staffel costs and commercial interest from the day after the due date', async () => {
    await api.clock.moveTo(at('2026-04-15T10:00:00+02:00'));
    const handedOver = await post('/invoices/NL-1/hand-over', { agency: 'Incasso Noord' }).expect(
      200,
    );
    const interest = statutoryInterest({
      principal: E.getOrElseW(() => {
        throw new Error('bad money');
      })(money(100_000, 'EUR')),
      kind: 'commercial',
      from: day('2026-03-16'),
      until: day('2026-04-15'),
    }).total;
    expect(interest.amount).toBeGreaterThan(0);
    expect(handedOver.body).toMatchObject({
      recorded: ['HandedOverToCollection'],
      invoice: {
        status: 'handed-over',
        balance: {
          costs: eur(15_000),
          interest,
          principal: eur(100_000),
          total: eur(115_000 + interest.amount),
        },
      },
    });
    const history = await get('/invoices/NL-1/history').expect(200);
    expect(history.body.events.at(-1)).toMatchObject({
      type: 'HandedOverToCollection',
      data: { costs: eur(15_000), interest, agency: 'Incasso Noord' },
    });
  });

  it('hands an unregistered debtor’s invoice over with what is outstanding only', async () => {
    await post('/invoices/NL-2/hand-over', {}).expect(200);
    const history = await get('/invoices/NL-2/history').expect(200);
    const data = history.body.events.at(-1).data;
    expect(data).toMatchObject({ outstanding: eur(100_000) });
    expect(Object.keys(data)).not.toContain('costs');
    expect(Object.keys(data)).not.toContain('interest');
  });

  it('refuses an unknown choice of costs with 400 and its path', async () => {
    const bad = await post('/invoices/NL-1/hand-over', { costs: 'double' }).expect(400);
    expect(bad.body.problems.map((p: { path: string }) => p.path)).toContain('$.costs');
  });

  it.each<[string, { kind: string; paymentTermDays: number }, readonly string[]]>([
    [
      'a business over 60 days',
      { kind: 'business', paymentTermDays: 90 },
      ['TermOverSixtyDays', 'CompanySizesUnknown'],
    ],
    [
      'a business over 30 days, sizes unknown',
      { kind: 'business', paymentTermDays: 45 },
      ['CompanySizesUnknown'],
    ],
    ['a business within 30 days', { kind: 'business', paymentTermDays: 30 }, []],
    ['a consumer, whatever the term', { kind: 'consumer', paymentTermDays: 90 }, []],
  ])('warns about the agreed term of %s, and keeps it', async (_case, body, tags) => {
    const id = `term-${++termDebtors}`;
    const saved = await put(`/debtors/${id}`, { name: id, ...body }).expect(201);
    expect(tagsOf(saved.body.warnings)).toEqual(tags);
    expect(saved.body).toMatchObject({ paymentTermDays: body.paymentTermDays });
  });

  it('warns when the terms of a business invoice are moved past 60 days', async () => {
    await post('/invoices', {
      invoiceId: 'NL-3',
      number: 'NL-3',
      debtorId: 'bakker',
      issueDate: '2026-04-15',
      amount: eur(10_000),
      description: 'Onderhoud',
    }).expect(201);
    const moved = await post('/invoices/NL-3/terms', { paymentTermDays: 75 }).expect(200);
    expect(tagsOf(moved.body.warnings)).toContain('TermOverSixtyDays');
    expect(moved.body.invoice).toMatchObject({ paymentTermDays: 75 });
  });

  it('lists cases close to prescription, and refuses a bad window with 400', async () => {
    const none = await get('/reports/prescription').expect(200);
    expect(none.body).toMatchObject({ withinDays: 180, cases: [] });
    const later = await get('/reports/prescription?asOf=2030-12-01').expect(200);
    expect(later.body.cases.map((c: { invoiceId: string }) => c.invoiceId)).toEqual([
      'NL-1',
      'NL-2',
    ]);
    expect(later.body.cases[0]).toMatchObject({ prescriptionDate: '2031-03-16', daysLeft: 105 });
    for (const within of ['abc', '-1', '4000']) {
      const bad = await get(`/reports/prescription?within=${within}`).expect(400);
      expect(bad.body._tag).toBe('InvalidInput');
    }
  });
  it('adds the tenant’s VAT to the costs when it cannot deduct it, set through /policy', async () => {
    const policy = (await get('/policy').expect(200)).body;
    const { defaultPaymentTermDays, adaptive, ladder } = policy;
    const bad = await put('/policy', {
      defaultPaymentTermDays,
      adaptive,
      ladder,
      collectionCostsVatPercent: 121,
    }).expect(400);
    expect(bad.body._tag).toBe('InvalidInput');
    await put('/policy', {
      defaultPaymentTermDays,
      adaptive,
      ladder,
      collectionCostsVatPercent: 21,
    }).expect(200);
    expect((await get('/policy').expect(200)).body).toMatchObject({
      collectionCostsVatPercent: 21,
    });
    await post('/invoices', {
      invoiceId: 'NL-4',
      number: 'NL-4',
      debtorId: 'bakker',
      issueDate: '2026-03-01',
      amount: eur(100_000),
      description: 'Onderhoud',
    }).expect(201);
    const handedOver = await post('/invoices/NL-4/hand-over', {}).expect(200);
    // €150 + 21% VAT.
    expect(handedOver.body.invoice.balance.costs).toEqual(eur(18_150));
    await put('/policy', {
      defaultPaymentTermDays,
      adaptive,
      ladder,
      collectionCostsVatPercent: null,
    }).expect(200);
    expect((await get('/policy').expect(200)).body.collectionCostsVatPercent).toBeNull();
  });
});
