import fc from 'fast-check';
import { API_ROUTES } from '../openapi/api-routes';
import { sqliteStores, startTestApi, TestApi } from '../testing/test-api';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A valid body per route, so mutations reach deep into the codecs and the deciders. */
const EXAMPLES: Readonly<Record<string, Record<string, unknown>>> = {
  'put /policy': {
    defaultPaymentTermDays: 14,
    adaptive: true,
    ladder: [{ level: 1, kind: 'reminder', afterDueDays: 7, channel: 'email' }],
    collectionCostsVatPercent: 21,
  },
  'put /debtors/{id}': { name: 'Jansen', kind: 'business', paymentTermDays: 30 },
  'post /invoices': {
    invoiceId: 'INV-FUZZ-NEW',
    number: 'F-1',
    debtorId: 'd-fuzz',
    issueDate: '2026-03-01',
    amount: eur(12100),
    description: 'x',
  },
  'post /invoices/{id}/terms': { paymentTermDays: 30, reason: 'r' },
  'post /invoices/{id}/hold': { reason: 'dispute' },
  'post /invoices/{id}/release': {},
  'post /invoices/{id}/promises': { promisedDate: '2026-03-10', amount: eur(100) },
  'post /invoices/{id}/payments': { amount: eur(100), paidOn: '2026-03-01' },
  'post /invoices/{id}/credit-notes': { number: 'CN-1', amount: eur(100) },
  'post /invoices/{id}/resend': { channel: 'email' },
  'post /invoices/{id}/contacts': { channel: 'phone', outcome: 'reached' },
  'post /invoices/{id}/reminders': { level: 3, statedCosts: eur(4000), deadline: '2026-03-20' },
  'post /invoices/{id}/hand-over': { agency: 'Incasso Noord', costs: 'statutory' },
  'post /invoices/{id}/arrangements': {
    installments: [{ dueDate: '2026-04-01', amount: eur(12100) }],
  },
  'put /test/clock': { now: '2026-03-03T10:00:00+01:00' },
};

const printable = (maxLength: number) =>
  fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${maxLength}}$`));

const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    1e308,
    -1,
    0,
    2 ** 53 + 2,
    -(2 ** 60),
    0.5,
    '',
    ' ',
    '2026-02-30',
    '9999-99-99',
    '0000-01-01',
    '2026-03-01T25:00:00+01:00',
    'EUR',
    null,
    true,
    [],
    {},
    'x'.repeat(5000),
    { amount: 1e21, currency: 'EUR' },
    { amount: 100, currency: 'eur' },
  ),
);

/** A valid example with one field replaced, removed, or an unknown field added. */
const mutatedBody = (example: Record<string, unknown>) =>
  fc.oneof(
    { arbitrary: fc.constant(example), weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...Object.keys(example), 'unknownField'), nasty)
        .map(([key, value]) => ({ ...example, [key]: value })),
      weight: 3,
    },
    {
      arbitrary: fc
        .constantFrom(...Object.keys(example), 'none')
        .map((key) => Object.fromEntries(Object.entries(example).filter(([k]) => k !== key))),
      weight: 1,
    },
    { arbitrary: nasty, weight: 1 },
  );

const pathId = fc.oneof(
  fc.constantFrom(
    'INV-FUZZ',
    'd-fuzz',
    'INV-FUZZ-NEW',
    '%zz',
    '%',
    '..',
    '%00',
    '%2F%2E%2E',
    'a'.repeat(300),
  ),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
);

const headerValue = fc.oneof(
  printable(60),
  fc.constantFrom('1', '"1"', 'W/"1"', '*', '99999999999999999999', '-1', '1.5'),
);

interface FuzzRequest {
  readonly route: (typeof API_ROUTES)[number];
  readonly id: string;
  readonly body: unknown;
  readonly rawBody: string | null;
  readonly auth: 'acme' | 'globex' | 'none' | 'garbage';
  readonly headers: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
}

const requests: fc.Arbitrary<FuzzRequest> = fc.constantFrom(...API_ROUTES).chain((route) =>
  fc.record({
    route: fc.constant(route),
    id: pathId,
    body: mutatedBody(EXAMPLES[`${route.method} ${route.path}`] ?? {}),
    rawBody: fc.option(
      fc.oneof(printable(80), fc.constantFrom('{', '[1,', 'null', '"x"', '1e400')),
      {
        freq: 5,
      },
    ),
    auth: fc.constantFrom('acme', 'acme', 'acme', 'globex', 'none', 'garbage'),
    headers: fc.dictionary(
      fc.constantFrom(
        'If-Match',
        'Idempotency-Key',
        'Content-Type',
        'X-Request-Id',
        'X-Correlation-Id',
        'Accept',
      ),
      headerValue,
      { maxKeys: 2 },
    ),
    query: fc.dictionary(fc.constantFrom('asOf', 'periodDays', 'within', 'other'), printable(30), {
      maxKeys: 2,
    }),
  }),
);

describe('The API under arbitrary input', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(sqliteStores);
    const auth = { Authorization: api.acme };
    await api.http.put('/debtors/d-fuzz').set(auth).send({ name: 'Fuzz', kind: 'consumer' });
    await api.http
      .post('/invoices')
      .set(auth)
      .send({ ...EXAMPLES['post /invoices'], invoiceId: 'INV-FUZZ' })
      .expect(201);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('never answers with a server error, whatever the route, body, path, query or headers', async () => {
    await fc.assert(
      fc.asyncProperty(requests, async (input) => {
        const path = input.route.path.replace('{id}', input.id);
        const authorization = {
          acme: api.acme,
          globex: api.globex,
          none: undefined,
          garbage: 'Bearer dbt_0123456789abcdef_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        }[input.auth];
        let call = api.http[input.route.method](path).query(input.query);
        if (authorization !== undefined) call = call.set('Authorization', authorization);
        call = call.set(input.headers);
        const response =
          input.route.method === 'get'
            ? await call
            : await call
                .type(input.headers['Content-Type'] ?? 'application/json')
                .send(input.rawBody ?? JSON.stringify(input.body));
        if (response.status >= 500) {
          throw new Error(`${input.route.method} ${path} → ${response.status} ${response.text}`);
        }
        expect(response.status).toBeGreaterThanOrEqual(200);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
