import { setTimeout as sleep } from 'node:timers/promises';
import { at, START, startTestApi, StoreFactory, tenant, TestApi } from './test-api';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

let invoiceCounter = 0;
/** A fresh invoice id per test, so tests on one app do not meet. */
const nextInvoiceId = (label: string) => `INV-${label}-${++invoiceCounter}`;

/**
 * The HTTP contract end to end, against the real Nest app on a real store. Written once,
 * run on every store the service supports (SQLite, PostgreSQL).
 */
export const describeApiE2e = (storeName: string, factory: StoreFactory): void => {
  describe(`The API on ${storeName}`, () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi(factory);
    }, 60_000);

    afterAll(async () => {
      await api?.close();
    });

    beforeEach(() => api.clock.moveTo(at(START)));

    const asAcme = () => ({ Authorization: api.acme });

    const registerDebtor = (id: string, body: Record<string, unknown> = {}) =>
      api.http
        .put(`/debtors/${id}`)
        .set(asAcme())
        .send({ name: `Debtor ${id}`, kind: 'business', ...body });

    const issue = (invoiceId: string, debtorId: string, extra: Record<string, unknown> = {}) =>
      api.http
        .post('/invoices')
        .set(asAcme())
        .send({
          invoiceId,
          number: `F-${invoiceId}`,
          debtorId,
          issueDate: '2026-03-01',
          amount: eur(121_00),
          description: 'Onderhoud cv-ketel',
          ...extra,
        });

    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      api.http
        .post(path)
        .set({ ...asAcme(), ...headers })
        .send(body as object);

    describe('issuing an invoice', () => {
      it("answers 201 with the version, and the due date from the debtor's agreed term", async () => {
        await registerDebtor('agreed-30', { paymentTermDays: 30 }).expect(201);
        const id = nextInvoiceId('agreed');
        const issued = await issue(id, 'agreed-30').expect(201);
        expect(issued.body).toMatchObject({ invoiceId: id, version: 1, recorded: ['Issued'] });
        expect(issued.headers['etag']).toBe('"1"');
        expect(issued.headers['location']).toBe(`/invoices/${id}`);

        const read = await api.http.get(`/invoices/${id}`).set(asAcme()).expect(200);
        expect(read.headers['etag']).toBe('"1"');
        expect(read.body).toMatchObject({
          invoiceId: id,
          debtorId: 'agreed-30',
          status: 'open',
          dueDate: '2026-03-31',
          outstanding: eur(121_00),
          version: 1,
        });
      });

      it("uses the tenant's default term for a debtor without one, as set through /policy", async () => {
        const policy = await api.http.get('/policy').set(asAcme()).expect(200);
        await api.http
          .put('/policy')
          .set(asAcme())
          .send({ ...policy.body, defaultPaymentTermDays: 21 })
          .expect(200);
        const id = nextInvoiceId('default');
        await issue(id, 'no-term-debtor').expect(201);
        const read = await api.http.get(`/invoices/${id}`).set(asAcme()).expect(200);
        expect(read.body.dueDate).toBe('2026-03-22');
        const after = await api.http.get('/policy').set(asAcme()).expect(200);
        expect(after.body).toMatchObject({ defaultPaymentTermDays: 21, promiseGraceDays: 3 });
      });

      it('refuses the same invoice twice with 409 AlreadyIssued', async () => {
        const id = nextInvoiceId('twice');
        await issue(id, 'd-twice').expect(201);
        const again = await issue(id, 'd-twice').expect(409);
        expect(again.body._tag).toBe('AlreadyIssued');
      });

      it('refuses an invoice dated after today with 422 IssueDateInFuture, and takes one dated today', async () => {
        const tomorrow = await issue(nextInvoiceId('future'), 'd-future', {
          issueDate: '2026-03-03',
        }).expect(422);
        expect(tomorrow.body).toMatchObject({
          _tag: 'IssueDateInFuture',
          rejection: { issueDate: '2026-03-03', today: '2026-03-02' },
        });
        await issue(nextInvoiceId('today'), 'd-future', { issueDate: '2026-03-02' }).expect(201);
      });
    });

    describe('paying', () => {
      it('settles the invoice with two partial payments and shows both in the history', async () => {
        const id = nextInvoiceId('pay');
        await issue(id, 'd-pay', { dueDate: '2026-03-15' }).expect(201);
        const first = await post(`/invoices/${id}/payments`, {
          amount: eur(21_00),
          paidOn: '2026-03-02',
          reference: 'bank-1',
        }).expect(200);
        expect(first.body).toMatchObject({ version: 2, recorded: ['Paid'] });
        expect(first.body.invoice).toMatchObject({ status: 'open', outstanding: eur(100_00) });
        const second = await post(
          `/invoices/${id}/payments`,
          { amount: eur(100_00), paidOn: '2026-03-02' },
          { 'X-Correlation-Id': 'bank-batch-7' },
        ).expect(200);
        expect(second.body.invoice).toMatchObject({ status: 'settled', outstanding: eur(0) });

        const history = await api.http.get(`/invoices/${id}/history`).set(asAcme()).expect(200);
        expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
          'Issued',
          'Paid',
          'Paid',
        ]);
        const last = history.body.events[2];
        expect(last).toMatchObject({
          version: 3,
          occurredAt: START,
          correlationId: 'bank-batch-7',
          data: { amount: eur(100_00), paidOn: '2026-03-02' },
        });
        expect(last.actor).toMatch(/^api-key:[0-9a-f]{16}$/);
        expect(typeof last.recordedAt).toBe('string');
      });

      it('refuses a payment in another currency with 422 CurrencyMismatch', async () => {
        const id = nextInvoiceId('usd');
        await issue(id, 'd-usd').expect(201);
        const refused = await post(`/invoices/${id}/payments`, {
          amount: { amount: 100, currency: 'USD' },
          paidOn: '2026-03-02',
        }).expect(422);
        expect(refused.body).toMatchObject({ _tag: 'CurrencyMismatch', stream: 'invoice' });
      });
    });

    describe('writing off', () => {
      it('writes off what is still owed, keeps the reason, and refuses a second write-off', async () => {
        const id = nextInvoiceId('wo');
        await issue(id, 'd-wo').expect(201);
        await post(`/invoices/${id}/payments`, { amount: eur(21_00), paidOn: '2026-03-02' }).expect(
          200,
        );
        const reason = 'Faillissement: geen uitkering te verwachten';
        const written = await post(`/invoices/${id}/write-off`, { reason }).expect(200);
        expect(written.body).toMatchObject({
          version: 3,
          recorded: ['WrittenOff'],
          invoice: { status: 'written-off', outstanding: eur(100_00) },
        });

        const history = await api.http.get(`/invoices/${id}/history`).set(asAcme()).expect(200);
        expect(history.body.events.at(-1)).toMatchObject({
          type: 'WrittenOff',
          version: 3,
          reason,
          data: { amount: eur(100_00), writtenOffOn: '2026-03-02' },
        });
        const again = await post(`/invoices/${id}/write-off`, { reason }).expect(409);
        expect(again.body).toMatchObject({ _tag: 'InvoiceClosed' });
      });
    });

    describe('hold, promise, terms, reminders', () => {
      it('sends no reminder while on hold, and one after the release', async () => {
        const id = nextInvoiceId('hold');
        await issue(id, 'd-hold', { dueDate: '2026-03-05' }).expect(201);
        await post(`/invoices/${id}/hold`, { reason: 'dispute', note: 'service complaint' }).expect(
          200,
        );
        api.clock.moveTo(at('2026-03-20T10:00:00+01:00'));
        const refused = await post(`/invoices/${id}/reminders`, { level: 1 }).expect(409);
        expect(refused.body._tag).toBe('OnHold');
        await post(`/invoices/${id}/release`, {}).expect(200);
        const sent = await post(`/invoices/${id}/reminders`, { level: 1 }).expect(200);
        expect(sent.body.recorded).toEqual(['ReminderSent']);
        const history = await api.http.get(`/invoices/${id}/history`).set(asAcme());
        const reminder = history.body.events.find(
          (e: { type: string }) => e.type === 'ReminderSent',
        );
        expect(reminder.data).toMatchObject({ level: 1, kind: 'reminder', channel: 'email' });
        expect(history.body.events[1]).toMatchObject({
          type: 'PutOnHold',
          reason: 'service complaint',
        });
        const again = await post(`/invoices/${id}/reminders`, { level: 1 }).expect(409);
        expect(again.body._tag).toBe('LevelAlreadySent');
        const handOver = await post(`/invoices/${id}/reminders`, { level: 4 }).expect(422);
        expect(handOver.body._tag).toBe('HandOverIsNotAReminder');
      });

      it('records a promise and moves the terms, in the history', async () => {
        const id = nextInvoiceId('promise');
        await issue(id, 'd-promise').expect(201);
        const promised = await post(`/invoices/${id}/promises`, {
          promisedDate: '2026-03-06',
          note: 'scheduled for Friday',
        }).expect(200);
        expect(promised.body.invoice.promise).toMatchObject({ promisedDate: '2026-03-06' });
        const past = await post(`/invoices/${id}/promises`, { promisedDate: '2026-02-01' }).expect(
          422,
        );
        expect(past.body._tag).toBe('PromiseInPast');
        const moved = await post(`/invoices/${id}/terms`, {
          paymentTermDays: 30,
          reason: 'agreed with the client',
        }).expect(200);
        expect(moved.body.invoice.dueDate).toBe('2026-03-31');
        const history = await api.http.get(`/invoices/${id}/history`).set(asAcme());
        expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
          'Issued',
          'PaymentPromised',
          'TermsAdjusted',
        ]);
        expect(history.body.events[2].reason).toBe('agreed with the client');
      });

      it('gives a promise its days on hold: keepBy is unknown during it, then moves on by them', async () => {
        const id = nextInvoiceId('promise-hold');
        await issue(id, 'd-promise-hold').expect(201);
        await post(`/invoices/${id}/promises`, { promisedDate: '2026-03-06' }).expect(200);
        api.clock.moveTo(at('2026-03-04T10:00:00+01:00'));
        const held = await post(`/invoices/${id}/hold`, { reason: 'dispute' }).expect(200);
        // While the hold runs, the promise's clock stands still: its date is not yet known.
        expect(held.body.invoice.promise).toMatchObject({ heldDays: 0, keepBy: null });
        api.clock.moveTo(at('2026-03-09T10:00:00+01:00'));
        const released = await post(`/invoices/${id}/release`, {}).expect(200);
        expect(released.body.invoice.promise).toEqual({
          promisedDate: '2026-03-06',
          promisedOn: START.slice(0, 10),
          amount: null,
          heldDays: 5,
          keepBy: '2026-03-11',
        });
        // The call sheet reads the reports read model, which counts the hold the same way.
        const sheet = await api.http.get('/debtors/d-promise-hold/call-sheet').set(asAcme());
        expect(sheet.status).toBe(200);
        expect(sheet.body.agreements.promises).toEqual([
          expect.objectContaining({ invoiceId: id, heldDays: 5, keepBy: '2026-03-11' }),
        ]);
      });

      it('releases a hold awaiting a credit note when the credit note comes (story 3)', async () => {
        const id = nextInvoiceId('credit');
        await issue(id, 'd-credit').expect(201);
        await post(`/invoices/${id}/hold`, { reason: 'awaiting-credit-note' }).expect(200);
        const credited = await post(`/invoices/${id}/credit-notes`, {
          number: 'CN-1',
          amount: eur(21_00),
        }).expect(200);
        expect(credited.body.recorded).toEqual(['CreditNoteApplied', 'HoldReleased']);
        expect(credited.body.invoice).toMatchObject({ hold: null, outstanding: eur(100_00) });
      });

      it('resends, logs a contact and agrees an arrangement', async () => {
        const id = nextInvoiceId('case');
        await issue(id, 'd-case', { paymentLink: 'https://pay.example/x' }).expect(201);
        const resent = await post(`/invoices/${id}/resend`, { channel: 'email' }).expect(200);
        expect(resent.body.recorded).toEqual(['InvoiceResent']);
        await post(`/invoices/${id}/contacts`, { channel: 'phone', outcome: 'reached' }).expect(
          200,
        );
        const arranged = await post(`/invoices/${id}/arrangements`, {
          installments: [
            { dueDate: '2026-04-01', amount: eur(60_00) },
            { dueDate: '2026-05-01', amount: eur(61_00) },
          ],
        }).expect(200);
        expect(arranged.body.invoice.arrangement.installments).toHaveLength(2);
        const history = await api.http.get(`/invoices/${id}/history`).set(asAcme());
        expect(history.body.events[1].data).toMatchObject({
          channel: 'email',
          paymentLink: 'https://pay.example/x',
        });
      });
    });

    describe('history as of an instant', () => {
      it('shows only the events recorded by then', async () => {
        const id = nextInvoiceId('asof');
        await issue(id, 'd-asof').expect(201);
        await sleep(30);
        const cut = new Date().toISOString();
        await sleep(30);
        await post(`/invoices/${id}/contacts`, {
          channel: 'email',
          outcome: 'message-sent',
        }).expect(200);
        const then = await api.http
          .get(`/invoices/${id}/history`)
          .query({ asOf: cut })
          .set(asAcme())
          .expect(200);
        expect(then.body.events.map((e: { type: string }) => e.type)).toEqual(['Issued']);
        expect(then.body).toMatchObject({ asOf: cut, version: 1, currentVersion: 2 });
        const bad = await api.http
          .get(`/invoices/${id}/history`)
          .query({ asOf: 'yesterday' })
          .set(asAcme())
          .expect(400);
        expect(bad.body.problems[0].path).toBe('query.asOf');
      });
    });

    describe('reads from the reports read model', () => {
      it('shows behaviour, call sheet, aging and DSO after its own writes, with staleness headers', async () => {
        await registerDebtor('slow', { contactPerson: 'Karel Smit' }).expect(201);
        const id = nextInvoiceId('slow');
        await issue(id, 'slow', { issueDate: '2026-02-01', dueDate: '2026-02-15' }).expect(201);
        await post(`/invoices/${id}/payments`, {
          amount: eur(121_00),
          paidOn: '2026-02-19',
        }).expect(200);
        const open = nextInvoiceId('slow-open');
        await issue(open, 'slow', { issueDate: '2026-01-01', dueDate: '2026-01-15' }).expect(201);

        const behaviour = await api.http.get('/debtors/slow/behaviour').set(asAcme()).expect(200);
        expect(behaviour.body).toMatchObject({
          debtorId: 'slow',
          paidInvoices: 1,
          meanDaysToPay: 18,
          medianDaysToPay: 18,
          p10DaysToPay: 18,
          meanDaysLate: 4,
          outstanding: eur(121_00),
        });
        expect(behaviour.headers['debiteur-read-model-pending']).toBe('0');
        expect(behaviour.headers['debiteur-read-model-checkpoint']).not.toBe('none');
        expect(behaviour.headers['debiteur-staleness']).toMatch(/^pending=0; age-ms=\d+$/);

        const sheet = await api.http.get('/debtors/slow/call-sheet').set(asAcme()).expect(200);
        expect(sheet.body.contact).toMatchObject({ contactPerson: 'Karel Smit' });
        expect(sheet.body.openInvoices.map((i: { invoiceId: string }) => i.invoiceId)).toEqual([
          open,
        ]);

        const aging = await api.http
          .get('/reports/aging')
          .query({ asOf: '2026-03-02' })
          .set(asAcme())
          .expect(200);
        const eurSection = aging.body.currencies.find(
          (c: { currency: string }) => c.currency === 'EUR',
        );
        const bucket = eurSection.buckets.find((b: { bucket: string }) => b.bucket === '31-60');
        expect(bucket.count).toBeGreaterThanOrEqual(1);

        const dso = await api.http.get('/reports/dso').set(asAcme()).expect(200);
        expect(dso.body).toMatchObject({ tenantId: 'acme', periodDays: 90 });
        expect(dso.headers['debiteur-staleness']).toBeDefined();
      });

      it('answers 404 for a debtor it knows nothing of', async () => {
        await api.http.get('/debtors/nobody/behaviour').set(asAcme()).expect(404);
        await api.http.get('/debtors/nobody/call-sheet').set(asAcme()).expect(404);
      });
    });

    describe('tenant isolation', () => {
      it("answers 404 for another tenant's invoice and debtor, for reads and writes", async () => {
        await registerDebtor('private').expect(201);
        const id = nextInvoiceId('private');
        await issue(id, 'private').expect(201);
        const asGlobex = { Authorization: api.globex };
        await api.http.get(`/invoices/${id}`).set(asGlobex).expect(404);
        await api.http.get(`/invoices/${id}/history`).set(asGlobex).expect(404);
        await api.http.get('/debtors/private').set(asGlobex).expect(404);
        await api.http.get('/debtors/private/behaviour').set(asGlobex).expect(404);
        const write = await api.http
          .post(`/invoices/${id}/payments`)
          .set(asGlobex)
          .send({ amount: eur(1_00), paidOn: '2026-03-02' })
          .expect(404);
        expect(write.body._tag).toBe('NotIssued');
        const aging = await api.http.get('/reports/aging').set(asGlobex).expect(200);
        expect(aging.body).toMatchObject({ tenantId: 'globex', currencies: [] });
        const untouched = await api.http.get(`/invoices/${id}`).set(asAcme()).expect(200);
        expect(untouched.body.version).toBe(1);
      });
    });

    describe('Idempotency-Key', () => {
      it('answers a retry with the first response and records the payment once', async () => {
        const id = nextInvoiceId('idem');
        await issue(id, 'd-idem').expect(201);
        const payment = { amount: eur(10_00), paidOn: '2026-03-02' };
        const key = { 'Idempotency-Key': `pay-${id}` };
        const first = await post(`/invoices/${id}/payments`, payment, key).expect(200);
        const retry = await post(`/invoices/${id}/payments`, { ...payment }, key).expect(200);
        expect(retry.body).toEqual(first.body);
        expect(retry.headers['etag']).toBe(first.headers['etag']);
        expect(retry.headers['idempotent-replayed']).toBe('true');
        const read = await api.http.get(`/invoices/${id}`).set(asAcme()).expect(200);
        expect(read.body).toMatchObject({ version: 2, paid: eur(10_00) });

        const other = await post(
          `/invoices/${id}/payments`,
          { ...payment, amount: eur(5_00) },
          key,
        ).expect(422);
        expect(other.body._tag).toBe('IdempotencyKeyReused');
      });

      it('replays a rejection too, and keys are per tenant', async () => {
        const id = nextInvoiceId('idem-reject');
        await issue(id, 'd-idem-reject').expect(201);
        const key = { 'Idempotency-Key': 'shared-key' };
        const first = await post(`/invoices/${id}/release`, {}, key).expect(409);
        const retry = await post(`/invoices/${id}/release`, {}, key).expect(409);
        expect(retry.body).toEqual(first.body);
        const globex = await api.http
          .post(`/invoices/${id}/release`)
          .set({ Authorization: api.globex, ...key })
          .send({})
          .expect(404);
        expect(globex.body._tag).toBe('NotIssued');
      });
    });

    describe('If-Match', () => {
      it('accepts the current version and refuses a stale one with 409 and the current version', async () => {
        const id = nextInvoiceId('match');
        await issue(id, 'd-match').expect(201);
        await post(
          `/invoices/${id}/contacts`,
          { channel: 'phone', outcome: 'no-answer' },
          {
            'If-Match': '"1"',
          },
        ).expect(200);
        const stale = await post(
          `/invoices/${id}/contacts`,
          { channel: 'phone', outcome: 'no-answer' },
          { 'If-Match': '1' },
        ).expect(409);
        expect(stale.body).toMatchObject({
          _tag: 'VersionConflict',
          expectedVersion: 1,
          currentVersion: 2,
        });
        expect(stale.headers['etag']).toBe('"2"');
        const bad = await post(`/invoices/${id}/contacts`, {}, { 'If-Match': 'banana' }).expect(
          400,
        );
        expect(bad.body.problems[0].path).toBe('headers.if-match');
      });
    });

    describe('authentication', () => {
      it('answers 401 without a key, with a bad key and with a revoked key', async () => {
        await api.http.get('/policy').expect(401);
        await api.http.get('/policy').set('Authorization', 'Bearer nonsense').expect(401);
        await api.http.get('/policy').set('Authorization', 'Basic abc').expect(401);
        const created = await api.keys.create(tenant('acme'), START, 'test');
        await api.keys.revoke(created.keyId, START, 'test');
        const revoked = await api.http
          .get('/policy')
          .set('Authorization', `Bearer ${created.key}`)
          .expect(401);
        expect(revoked.body._tag).toBe('Unauthenticated');
        await api.http.get('/health').expect(200);
      });
    });

    describe('bad input', () => {
      it('answers 400 with the JSON path of every problem', async () => {
        const response = await api.http
          .post('/invoices')
          .set(asAcme())
          .send({
            invoiceId: '',
            number: 'F-1',
            debtorId: 'd-1',
            issueDate: '2026-02-30',
            amount: { amount: 12.5, currency: 'euro' },
          })
          .expect(400);
        expect(response.body._tag).toBe('InvalidInput');
        expect(response.body.problems.map((p: { path: string }) => p.path).sort()).toEqual([
          '$.amount.amount',
          '$.amount.currency',
          '$.description',
          '$.invoiceId',
          '$.issueDate',
        ]);
        for (const problem of response.body.problems)
          expect(problem.message.length).toBeGreaterThan(0);
      });
    });

    describe('the test clock', () => {
      it('reads and moves the clock that stamps commands', async () => {
        const read = await api.http.get('/test/clock').expect(200);
        expect(read.body).toEqual({ now: START });
        const moved = await api.http
          .put('/test/clock')
          .send({ now: '2026-04-01T09:00:00+02:00' })
          .expect(200);
        expect(moved.body).toEqual({ now: '2026-04-01T09:00:00+02:00', pass: null });
        const id = nextInvoiceId('clock');
        await issue(id, 'd-clock').expect(201);
        const history = await api.http.get(`/invoices/${id}/history`).set(asAcme());
        expect(history.body.events[0].occurredAt).toBe('2026-04-01T09:00:00+02:00');
      });
    });
  });
};
