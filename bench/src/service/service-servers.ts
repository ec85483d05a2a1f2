import {
  ApiKeys,
  openStores,
  RequestContext,
  runInvoiceCommand,
  Stores,
  systemClock,
} from '@debiteur/application';
import { CalendarDate, DebtorId, InvoiceId, Money, NonEmptyText, TenantId } from '@debiteur/core';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
// The bench package does not list @debiteur/api yet; see the report of the service benchmark.
import { apiLogger, createApiApp } from '@debiteur/api';

export type ServerKind = 'bare' | 'api';

/** What a benchmark server tells the runner once it listens. */
export interface ServerReady {
  readonly port: number;
  readonly authorization: string;
}

/** An io-ts codec, structurally (the bench package does not depend on io-ts or fp-ts). */
interface Decoder<A> {
  decode(value: unknown): { readonly _tag: 'Left' } | { readonly _tag: 'Right'; readonly right: A };
}

const decoded = <A>(codec: Decoder<A>, value: unknown): A => {
  const result = codec.decode(value);
  if (result._tag === 'Left') throw new Error(`bad benchmark value ${JSON.stringify(value)}`);
  return result.right;
};

export const TENANT: TenantId = decoded(TenantId, 'bench');
const DEBTOR: DebtorId = decoded(DebtorId, 'bench-debtor');
export const INVOICES = 2_000;
export const invoiceIdOf = (n: number): string => `INV-${n % INVOICES}`;

/** Issues the invoices the payments go to, straight through the command shell. */
const issueInvoices = async (stores: Stores): Promise<void> => {
  const context: RequestContext = {
    tenantId: TENANT,
    actor: 'bench',
    reason: null,
    correlationId: 'bench-setup',
    causationId: null,
  };
  for (let n = 0; n < INVOICES; n += 1) {
    const invoiceId = decoded(InvoiceId, invoiceIdOf(n));
    await runInvoiceCommand(stores.events, context, invoiceId, {
      type: 'IssueInvoice',
      now: systemClock.now(),
      invoiceId,
      debtorId: DEBTOR,
      number: decoded(NonEmptyText, `F-${n}`),
      issueDate: decoded(CalendarDate, '2026-01-01'),
      dueBy: { paymentTermDays: 14 },
      amount: decoded(Money, { amount: 1_000_000_000, currency: 'EUR' }),
      description: 'benchmark',
    });
  }
};

const readJson = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
};

const PAYMENT_PATH = /^\/invoices\/([^/]+)\/payments$/;

/**
 * The baseline: a bare Node http handler doing the same store append as the API's payment
 * route, through the same `runInvoiceCommand`, with the least it can get away with (no
 * framework, no auth, no validation beyond the codecs, no idempotency, no logs).
 */
const bareServer = (stores: Stores): Server =>
  createServer((request, response) => {
    const match = PAYMENT_PATH.exec(request.url ?? '');
    if (request.method !== 'POST' || match === null) {
      response.writeHead(404).end();
      return;
    }
    void (async () => {
      const body = (await readJson(request)) as { amount: unknown; paidOn: unknown };
      const invoiceId = decoded(InvoiceId, match[1]);
      const result = await runInvoiceCommand(
        stores.events,
        {
          tenantId: TENANT,
          actor: 'bare',
          reason: null,
          correlationId: 'bare',
          causationId: null,
        },
        invoiceId,
        {
          type: 'RecordPayment',
          now: systemClock.now(),
          amount: decoded(Money, body.amount),
          paidOn: decoded(CalendarDate, body.paidOn),
        },
      );
      response
        .writeHead(result._tag === 'Accepted' ? 200 : 422, {
          'Content-Type': 'application/json',
          ETag: `"${result.version}"`,
        })
        .end(JSON.stringify({ invoiceId, version: result.version }));
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

/**
 * Opens a fresh SQLite store at `path`, issues the invoices, and serves the payments route
 * as `kind`: the whole Nest API (auth, validation, CommandBus, logs to /dev/null, the reports
 * read model following the store) or the bare handler.
 */
export const startBenchServer = async (kind: ServerKind, path: string): Promise<ServerReady> => {
  const stores = await openStores(`sqlite:${path}`);
  await issueInvoices(stores);
  if (kind === 'bare') return { port: await listen(bareServer(stores)), authorization: '' };
  const key = await new ApiKeys(stores.events).create(TENANT, systemClock.now(), 'bench');
  const app = await createApiApp({
    stores,
    clock: systemClock,
    logger: apiLogger({ destination: '/dev/null' }),
  });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  return { port, authorization: `Bearer ${key.key}` };
};
