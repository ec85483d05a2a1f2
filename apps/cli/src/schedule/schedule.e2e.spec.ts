import { openStores, runDebtorCommand, runInvoiceCommand } from '@debiteur/application';
import {
  CalendarDate,
  debtorId,
  instant,
  invoiceId,
  invoiceStreamId,
  money,
  NonEmptyText,
  tenantId,
} from '@debiteur/core';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { Either, isLeft } from 'fp-ts/Either';
import { readdirSync } from 'node:fs';
import { runCli } from '../testing/run-cli';

jest.setTimeout(60_000);

const valid = <A>(either: Either<unknown, A>): A => {
  if (isLeft(either)) throw new Error(`bad test value: ${JSON.stringify(either.left)}`);
  return either.right;
};

const TENANT = valid(tenantId('acme'));
const INVOICE = valid(invoiceId('F-2026-0001'));
const context = {
  tenantId: TENANT,
  actor: 'test',
  reason: null,
  correlationId: 'c',
  causationId: null,
};

/** An invoice issued 2 February 2026 on 14 days: its first reminder is due 23 February. */
const seed = async (store: string) => {
  const stores = await openStores(store);
  const now = valid(instant('2026-02-02T10:00:00+01:00'));
  await runDebtorCommand(stores.events, context, valid(debtorId('bakker')), {
    type: 'RegisterDebtor',
    now,
    debtorId: valid(debtorId('bakker')),
    name: valid(NonEmptyText.decode('Bakkerij Bakker')),
    kind: 'business',
    email: 'administratie@bakker.nl',
  });
  await runInvoiceCommand(stores.events, context, INVOICE, {
    type: 'IssueInvoice',
    now,
    invoiceId: INVOICE,
    debtorId: valid(debtorId('bakker')),
    number: valid(NonEmptyText.decode('F-2026-0001')),
    issueDate: valid(CalendarDate.decode('2026-02-02')),
    dueBy: { paymentTermDays: 14 },
    amount: valid(money(121_00, 'EUR')),
    description: 'Onderhoud broodoven',
  });
  await stores.close();
};

const reminderLevels = async (store: string) => {
  const stores = await openStores(store);
  try {
    const events = await stores.events.readStream(invoiceStreamId(TENANT, INVOICE));
    return events
      .filter((e) => e.type === 'ReminderSent')
      .map((e) => (e.data as { level: number }).level);
  } finally {
    await stores.close();
  }
};

describe('debiteur schedule --once --as-of', () => {
  const folder = useTempFolder('schedule', { per: 'test' });
  let store: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    store = `sqlite:${folder.path()}`;
    env = { DEBITEUR_STORE: store, DEBITEUR_DELIVERY: `outbox:${folder.path('outbox')}` };
    await seed(store);
  });

  it('sends nothing before the reminder is due', async () => {
    const run = await runCli(['schedule', '--once', '--as-of', '2026-02-20T09:00:00+01:00'], env);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ pass: { acted: 0 } });
    expect(await reminderLevels(store)).toEqual([]);
  });

  it('sends the due reminder once, delivers it to the outbox, and sends nothing on a rerun', async () => {
    const asOf = ['schedule', '--once', '--as-of', '2026-02-23T09:00:00+01:00'];
    const first = await runCli(asOf, env);
    const again = await runCli(asOf, env);

    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      pass: { acted: 1 },
      delivery: { delivered: 1 },
    });
    expect(JSON.parse(again.stdout)).toMatchObject({
      pass: { acted: 0 },
      delivery: { delivered: 0 },
    });
    expect(await reminderLevels(store)).toEqual([1]);
    // One letter: the message (.eml or .json) with its HTML and PDF renderings.
    const outbox = readdirSync(folder.path('outbox', 'acme'));
    expect(outbox.filter((f) => /\.(eml|json)$/.test(f))).toHaveLength(1);
    expect(outbox.filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
  });

  it('refuses an instant without an offset, and --as-of without --once', async () => {
    const noOffset = await runCli(['schedule', '--once', '--as-of', '2026-02-23 09:00'], env);
    const notOnce = await runCli(['schedule', '--as-of', '2026-02-23T09:00:00+01:00'], env);

    expect([noOffset.code, notOnce.code]).toEqual([2, 2]);
  });
});
