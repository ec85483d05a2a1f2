import { sqliteStores, startTestApi, TestApi } from '../testing/test-api';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

interface Warning {
  readonly _tag: string;
  readonly limitDays?: number;
}

const tagsOf = (warnings: readonly Warning[]) => warnings.map((w) => w._tag);

let debtors = 0;
let invoices = 0;

/**
 * Payment terms between businesses (art. 6:119a lid 5 and 6 BW) with the company sizes
 * recorded: the tenant's own size in its policy (`PUT /policy`), the debtor's in its profile
 * (`PUT /debtors/:id`). Acme says it is small or medium; Globex never says.
 */
describe('The API checking payment terms against company sizes', () => {
  let api: TestApi;
  const as = (tenant: 'acme' | 'globex') => ({ Authorization: api[tenant] });
  const put = (path: string, body: object, tenant: 'acme' | 'globex' = 'acme') =>
    api.http.put(path).set(as(tenant)).send(body);
  const post = (path: string, body: object) => api.http.post(path).set(as('acme')).send(body);
  const get = (path: string, tenant: 'acme' | 'globex' = 'acme') =>
    api.http.get(path).set(as(tenant));

  /** Puts the current policy back with `changes`, as a client editing one setting would. */
  const changePolicy = async (changes: object, status = 200) => {
    const { defaultPaymentTermDays, adaptive, ladder } = (await get('/policy').expect(200)).body;
    return put('/policy', { defaultPaymentTermDays, adaptive, ladder, ...changes }).expect(status);
  };

  const newDebtor = (body: object, tenant: 'acme' | 'globex' = 'acme') => {
    const id = `sized-${++debtors}`;
    return { id, saved: put(`/debtors/${id}`, { name: `Debtor ${id}`, ...body }, tenant) };
  };

  beforeAll(async () => {
    api = await startTestApi(sqliteStores);
    await changePolicy({ companySize: 'small-or-medium' });
  }, 60_000);

  afterAll(() => api?.close());

  describe("the tenant's size in /policy", () => {
    it('shows the size set, and keeps it when a later PUT leaves it out', async () => {
      expect((await get('/policy').expect(200)).body).toMatchObject({
        companySize: 'small-or-medium',
      });
      const again = await changePolicy({});
      expect(again.body).toMatchObject({ companySize: 'small-or-medium', recorded: [] });
    });

    it('shows null for a tenant that never said', async () => {
      expect((await get('/policy', 'globex').expect(200)).body.companySize).toBeNull();
    });

    it('refuses an unknown size with 400 and its path', async () => {
      const bad = await changePolicy({ companySize: 'huge' }, 400);
      expect(bad.body._tag).toBe('InvalidInput');
      expect(bad.body.problems.map((p: { path: string }) => p.path)).toContain('$.companySize');
    });
  });

  describe("the debtor's size in /debtors", () => {
    it('shows the size, keeps it when a PUT leaves it out, and records a correction', async () => {
      const { id, saved } = newDebtor({ kind: 'business', companySize: 'large' });
      expect((await saved.expect(201)).body).toMatchObject({ companySize: 'large' });
      const kept = await put(`/debtors/${id}`, { name: `Debtor ${id}`, kind: 'business' }).expect(
        200,
      );
      expect(kept.body).toMatchObject({ companySize: 'large', recorded: [] });
      const corrected = await put(`/debtors/${id}`, {
        name: `Debtor ${id}`,
        kind: 'business',
        companySize: 'small-or-medium',
      }).expect(200);
      expect(corrected.body.recorded).toEqual(['DebtorDetailsChanged']);
      const read = await get(`/debtors/${id}`).expect(200);
      expect(read.body).toMatchObject({ companySize: 'small-or-medium', version: 2 });
    });

    it('shows null for a debtor whose size was never said', async () => {
      const { id, saved } = newDebtor({ kind: 'business' });
      await saved.expect(201);
      expect((await get(`/debtors/${id}`).expect(200)).body.companySize).toBeNull();
    });

    it('refuses an unknown size with 400 and its path', async () => {
      const { saved } = newDebtor({ kind: 'business', companySize: 'medium' });
      const bad = await saved.expect(400);
      expect(bad.body.problems.map((p: { path: string }) => p.path)).toContain('$.companySize');
    });
  });

  describe('the warnings on an agreed term, for a small or medium tenant', () => {
    it.each<[string, object, readonly Warning[]]>([
      [
        'a large debtor over 30 days',
        { companySize: 'large', paymentTermDays: 45 },
        [{ _tag: 'LargeDebtorTermOverLimit', limitDays: 30 }],
      ],
      [
        'a large debtor over 60 days',
        { companySize: 'large', paymentTermDays: 90 },
        [
          { _tag: 'TermOverSixtyDays', limitDays: 60 },
          { _tag: 'LargeDebtorTermOverLimit', limitDays: 30 },
        ],
      ],
      ['a large debtor within 30 days', { companySize: 'large', paymentTermDays: 30 }, []],
      ['a small debtor over 30 days', { companySize: 'small-or-medium', paymentTermDays: 45 }, []],
      [
        'a small debtor over 60 days',
        { companySize: 'small-or-medium', paymentTermDays: 61 },
        [{ _tag: 'TermOverSixtyDays', limitDays: 60 }],
      ],
      [
        'a debtor of unknown size over 30 days',
        { paymentTermDays: 45 },
        [{ _tag: 'CompanySizesUnknown' }],
      ],
    ])('warns about %s, and keeps the term', async (_case, body, expected) => {
      const { saved } = newDebtor({ kind: 'business', ...body });
      const answer = (await saved.expect(201)).body;
      expect(answer.warnings).toHaveLength(expected.length);
      expect(answer.warnings).toMatchObject(expected);
      expect(answer).toMatchObject(body);
    });

    it('gives no warning for a large consumer, whatever the term', async () => {
      const { saved } = newDebtor({ kind: 'consumer', companySize: 'large', paymentTermDays: 90 });
      expect((await saved.expect(201)).body.warnings).toEqual([]);
    });

    it('warns about the agreed term when only the size is said later', async () => {
      const { id, saved } = newDebtor({ kind: 'business', paymentTermDays: 45 });
      expect(tagsOf((await saved.expect(201)).body.warnings)).toEqual(['CompanySizesUnknown']);
      const sized = await put(`/debtors/${id}`, {
        name: `Debtor ${id}`,
        kind: 'business',
        companySize: 'large',
      }).expect(200);
      expect(tagsOf(sized.body.warnings)).toEqual(['LargeDebtorTermOverLimit']);
      expect(sized.body.paymentTermDays).toBe(45);
    });

    it('warns on issuing an invoice and on moving its terms', async () => {
      const { id, saved } = newDebtor({
        kind: 'business',
        companySize: 'large',
        paymentTermDays: 45,
      });
      await saved.expect(201);
      const invoiceId = `PT-${++invoices}`;
      const issued = await post('/invoices', {
        invoiceId,
        number: invoiceId,
        debtorId: id,
        issueDate: '2026-03-01',
        amount: eur(50_000),
        description: 'Onderhoud',
      }).expect(201);
      expect(tagsOf(issued.body.warnings)).toEqual(['LargeDebtorTermOverLimit']);
      expect(issued.body.invoice).toMatchObject({ paymentTermDays: 45, dueDate: '2026-04-15' });
      const moved = await post(`/invoices/${invoiceId}/terms`, { paymentTermDays: 20 }).expect(200);
      expect(moved.body.warnings).toEqual([]);
      const longer = await post(`/invoices/${invoiceId}/terms`, { paymentTermDays: 75 }).expect(
        200,
      );
      expect(tagsOf(longer.body.warnings)).toEqual([
        'TermOverSixtyDays',
        'LargeDebtorTermOverLimit',
      ]);
    });
  });

  describe('the warnings for a tenant of another or unknown size', () => {
    it('cannot tell when the tenant never said its size', async () => {
      const { saved } = newDebtor(
        { kind: 'business', companySize: 'large', paymentTermDays: 45 },
        'globex',
      );
      expect(tagsOf((await saved.expect(201)).body.warnings)).toEqual(['CompanySizesUnknown']);
    });

    it('gives none once the tenant is large, and cannot tell again once the size is removed', async () => {
      await changePolicy({ companySize: 'large' });
      const { id, saved } = newDebtor({
        kind: 'business',
        companySize: 'large',
        paymentTermDays: 45,
      });
      expect((await saved.expect(201)).body.warnings).toEqual([]);
      const removed = await changePolicy({ companySize: null });
      expect(removed.body.companySize).toBeNull();
      const again = await put(`/debtors/${id}`, {
        name: `Debtor ${id}`,
        kind: 'business',
        paymentTermDays: 45,
      }).expect(200);
      expect(tagsOf(again.body.warnings)).toEqual(['CompanySizesUnknown']);
      await changePolicy({ companySize: 'small-or-medium' });
    });
  });

  it('describes the sizes in the OpenAPI document', async () => {
    const doc = (await api.http.get('/docs-json').expect(200)).body;
    const sizes = { type: 'string', enum: ['small-or-medium', 'large'] };
    const body = (path: string) =>
      doc.paths[path].put.requestBody.content['application/json'].schema.properties;
    expect(body('/debtors/{id}').companySize).toEqual(sizes);
    expect(body('/policy').companySize).toEqual({ anyOf: [sizes, { type: 'null' }] });
    const debtor = doc.paths['/debtors/{id}'].get.responses['200'].content['application/json'];
    expect(debtor.schema.properties.companySize).toEqual({ anyOf: [sizes, { type: 'null' }] });
  });
});
