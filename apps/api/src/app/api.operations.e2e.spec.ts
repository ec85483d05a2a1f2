import { PassSummary, SagaControl, SagaStatus, TestClock } from '@debiteur/application';
import { Instant, reportsProjection, RETIRED_REPORTS_NAMES } from '@debiteur/core';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import request from 'supertest';
import { API_ROUTES } from '../openapi/api-routes';
import { at, sqliteStores, START, startTestApi, tenant, TestApi } from '../testing/test-api';
import { createApiApp } from './create-api-app';

/** A saga in the same process, as the CLI's `serve` wires it: it remembers the passes asked of it. */
class RecordingSaga implements SagaControl {
  readonly passes: Instant[] = [];

  async runPassAsOf(asOf: Instant): Promise<PassSummary> {
    this.passes.push(asOf);
    return { asOf, examined: 2, acted: 1, refused: 0, outsideOfficeHours: false };
  }

  async status(): Promise<SagaStatus> {
    const last = this.passes.at(-1);
    return {
      running: true,
      lastPass:
        last === undefined
          ? null
          : { asOf: last, examined: 2, acted: 1, refused: 0, outsideOfficeHours: false },
      pendingEvents: 0,
      pendingCapped: false,
    };
  }
}

describe('The API in operation', () => {
  describe('with a test clock and the saga in the process', () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line));
        done();
      },
    });
    let saga: RecordingSaga;
    let api: Awaited<ReturnType<typeof sqliteStores>>;
    let app: Awaited<ReturnType<typeof createApiApp>>;
    let clock: TestClock;
    let key: string;

    beforeAll(async () => {
      api = await sqliteStores();
      saga = new RecordingSaga();
      clock = new TestClock(at(START));
      app = await createApiApp({
        stores: api.stores,
        clock,
        testClock: clock,
        saga,
        logger: pino({ level: 'info' }, sink),
      });
      const { ApiKeys } = await import('@debiteur/application');
      key = (await new ApiKeys(api.stores.events).create(tenant('acme'), START, 'test')).key;
    });

    afterAll(async () => {
      await app.close();
      await api.cleanUp();
    });

    it('moves the clock and answers after the saga pass as of the new time', async () => {
      const moved = await request(app.getHttpServer())
        .put('/test/clock')
        .send({ now: '2026-03-20T09:00:00+01:00' })
        .expect(200);
      expect(moved.body).toEqual({
        now: '2026-03-20T09:00:00+01:00',
        pass: {
          asOf: '2026-03-20T09:00:00+01:00',
          examined: 2,
          acted: 1,
          refused: 0,
          outsideOfficeHours: false,
        },
      });
      expect(saga.passes).toEqual(['2026-03-20T09:00:00+01:00']);
      const bad = await request(app.getHttpServer())
        .put('/test/clock')
        .send({ now: '2026-03-20 09:00' })
        .expect(400);
      expect(bad.body.problems[0].path).toBe('$.now');
      expect(saga.passes).toHaveLength(1);
    });

    it('reports the store, the saga and the read model on /health', async () => {
      const health = await request(app.getHttpServer()).get('/health').expect(200);
      expect(health.body).toMatchObject({
        status: 'ok',
        store: { kind: 'sqlite', reachable: true },
        saga: { running: true, lastPass: { asOf: '2026-03-20T09:00:00+01:00' } },
        readModels: { reports: { pendingCapped: false } },
      });
      expect(typeof health.body.store.description).toBe('string');
    });

    it('logs one JSON line per request with request id, tenant and correlation id, which reaches the events', async () => {
      const response = await request(app.getHttpServer())
        .put('/debtors/logged')
        .set({
          Authorization: `Bearer ${key}`,
          'X-Request-Id': 'req-42',
          'X-Correlation-Id': 'corr-42',
        })
        .send({ name: 'Logged', kind: 'business' })
        .expect(201);
      expect(response.headers['x-request-id']).toBe('req-42');
      const line = lines.find((l) => l['requestId'] === 'req-42');
      expect(line).toMatchObject({
        requestId: 'req-42',
        correlationId: 'corr-42',
        tenantId: 'acme',
        method: 'PUT',
        path: '/debtors/logged',
        status: 201,
      });
      const [event] = await api.stores.events.readStream('debtor:acme:logged');
      expect(event?.metadata).toMatchObject({ correlationId: 'corr-42', causationId: 'req-42' });
      expect(event?.metadata.actor).toMatch(/^api-key:/);
    });

    it('stores one payment when the same Idempotency-Key arrives twice at once', async () => {
      const http = request(app.getHttpServer());
      const auth = { Authorization: `Bearer ${key}` };
      await http
        .post('/invoices')
        .set(auth)
        .send({
          invoiceId: 'INV-RACE',
          number: 'F-RACE',
          debtorId: 'logged',
          issueDate: '2026-03-01',
          amount: { amount: 10000, currency: 'EUR' },
          description: 'race',
        })
        .expect(201);
      const pay = () =>
        http
          .post('/invoices/INV-RACE/payments')
          .set({ ...auth, 'Idempotency-Key': 'race-1' })
          .send({ amount: { amount: 1000, currency: 'EUR' }, paidOn: '2026-03-02' });
      const [a, b] = await Promise.all([pay(), pay()]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body).toEqual(b.body);
      expect(await api.stores.events.streamVersion('invoice:acme:INV-RACE')).toBe(2);
    });

    it('serves an OpenAPI document with every route of the contract and Swagger UI', async () => {
      const doc = await request(app.getHttpServer()).get('/docs-json').expect(200);
      for (const route of API_ROUTES) {
        expect(doc.body.paths[route.path]?.[route.method]).toBeDefined();
      }
      const payments = doc.body.paths['/invoices/{id}/payments'].post;
      expect(payments.requestBody.content['application/json'].schema).toMatchObject({
        type: 'object',
        required: ['amount', 'paidOn'],
        properties: {
          amount: { type: 'object', required: ['amount', 'currency'] },
          paidOn: { type: 'string', format: 'date' },
          reference: { type: 'string' },
        },
      });
      const ui = await request(app.getHttpServer()).get('/docs').expect(200);
      expect(ui.text).toContain('swagger');
    });
  });

  describe('without a test clock', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi(sqliteStores, { testClock: false });
    });
    afterAll(async () => api.close());

    it('has no /test/clock routes', async () => {
      await api.http.get('/test/clock').expect(404);
      await api.http.put('/test/clock').send({ now: START }).expect(404);
    });

    it('reports the saga as not in this process', async () => {
      const health = await api.http.get('/health').expect(200);
      expect(health.body.saga).toBe('not in this process');
    });
  });

  describe('the reports read model across restarts', () => {
    it('deletes the states older versions of it left in the projection store', async () => {
      const { stores, cleanUp } = await sqliteStores();
      const silent = pino({ level: 'silent' });
      try {
        for (const name of RETIRED_REPORTS_NAMES) {
          await stores.projections.commit(name, { checkpoint: 'old', state: { ledger: 'old' } });
        }
        await stores.projections.commit('due-actions', { checkpoint: 'kept', state: {} });
        const app = await createApiApp({ stores, clock: new TestClock(at(START)), logger: silent });
        await request(app.getHttpServer()).get('/health').expect(200);
        await app.close();
        for (const name of RETIRED_REPORTS_NAMES) {
          expect(await stores.projections.load(name)).toBeNull();
        }
        expect(await stores.projections.load('due-actions')).toMatchObject({ checkpoint: 'kept' });
      } finally {
        await cleanUp();
      }
    });

    it('saves its state and checkpoint when the app closes, and the next app resumes from them', async () => {
      const { stores, cleanUp } = await sqliteStores();
      const clock = new TestClock(at(START));
      const { ApiKeys } = await import('@debiteur/application');
      const key = (await new ApiKeys(stores.events).create(tenant('acme'), START, 'test')).key;
      const auth = { Authorization: `Bearer ${key}` };
      const silent = pino({ level: 'silent' });
      try {
        const first = await createApiApp({ stores, clock, logger: silent });
        await request(first.getHttpServer())
          .put('/debtors/kept')
          .set(auth)
          .send({ name: 'Kept', kind: 'business' })
          .expect(201);
        await request(first.getHttpServer()).get('/debtors/kept/behaviour').set(auth).expect(200);
        await first.close();
        const saved = await stores.projections.load(reportsProjection.name);
        expect(saved?.checkpoint).toEqual(expect.any(String));

        const second = await createApiApp({ stores, clock, logger: silent });
        const read = await request(second.getHttpServer())
          .get('/debtors/kept/call-sheet')
          .set(auth)
          .expect(200);
        expect(read.body.contact).toMatchObject({ name: 'Kept' });
        expect(read.headers['debiteur-read-model-checkpoint']).toBe(saved?.checkpoint);
        await second.close();
      } finally {
        await cleanUp();
      }
    });
  });
});
