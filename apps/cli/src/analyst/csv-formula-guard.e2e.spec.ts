import { openStores, runDebtorCommand, runInvoiceCommand } from '@debiteur/application';
import {
  CalendarDate,
  debtorId,
  instant,
  invoiceId,
  InvoiceCommand,
  money,
  NonEmptyText,
} from '@debiteur/core';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { runCli } from '../testing/run-cli';
import { ACME, valid } from './testing/seed-books';

jest.setTimeout(60_000);

const NAME = '=HYPERLINK("http://evil","click")';
const ACTOR = '=HYPERLINK("x")';
const REASON = "+cmd|' /C calc'!A0";
const PAID_REASON = '-2+3';
const AS_OF = '2026-12-31T12:00:00+01:00';

const at = (text: string) => valid(instant(text));
const text = (value: string) => valid(NonEmptyText.decode(value));
const EVIL = valid(debtorId('evil'));

const context = (actor: string, reason: string | null) => ({
  tenantId: ACME,
  actor,
  reason,
  correlationId: 'formula-guard',
  causationId: null,
});

/**
 * Debtor `evil` of tenant acme, whose name, contact person and e-mail start a formula: F-9
 * of 100.00 overpaid with 150.00 (its debtor owes -50.00), by an actor and for reasons that
 * start one too.
 */
const seedFormulaBooks = async (location: string): Promise<void> => {
  const stores = await openStores(location);
  const invoice = async (command: InvoiceCommand, reason: string, id = 'F-9') => {
    const result = await runInvoiceCommand(
      stores.events,
      context(ACTOR, reason),
      valid(invoiceId(id)),
      command,
    );
    if (result._tag !== 'Accepted') throw new Error(`seed: ${JSON.stringify(result.error)}`);
  };
  try {
    const registered = await runDebtorCommand(stores.events, context(ACTOR, null), EVIL, {
      type: 'RegisterDebtor',
      now: at('2026-01-02T09:00:00+01:00'),
      debtorId: EVIL,
      name: text(NAME),
      kind: 'business',
      contactPerson: text('@SUM(1)'),
      email: '=x@evil.example',
      phone: text('+31 6 1234 5678'),
    });
    if (registered._tag !== 'Accepted') throw new Error(JSON.stringify(registered.error));
    await invoice(
      {
        type: 'IssueInvoice',
        now: at('2026-01-05T10:00:00+01:00'),
        invoiceId: valid(invoiceId('F-9')),
        debtorId: EVIL,
        number: text('F-9'),
        issueDate: valid(CalendarDate.decode('2026-01-05')),
        dueBy: { paymentTermDays: 30 },
        amount: valid(money(100_00, 'EUR')),
        description: 'Work for evil',
      },
      REASON,
    );
    await invoice(
      {
        type: 'RecordPayment',
        now: at('2026-02-01T12:00:00+01:00'),
        amount: valid(money(150_00, 'EUR')),
        paidOn: valid(CalendarDate.decode('2026-02-01')),
      },
      PAID_REASON,
    );
    await invoice(
      {
        type: 'IssueInvoice',
        now: at('2026-03-05T10:00:00+01:00'),
        invoiceId: valid(invoiceId('F-10')),
        debtorId: EVIL,
        number: text('F-10'),
        issueDate: valid(CalendarDate.decode('2026-03-05')),
        dueBy: { paymentTermDays: 30 },
        amount: valid(money(30_00, 'EUR')),
        description: 'More work for evil',
      },
      REASON,
      'F-10',
    );
  } finally {
    await stores.close();
  }
};

/** The rows of a CSV file as RFC 4180 reads them, each by its header's names. */
const rowsOf = (path: string): Record<string, string>[] =>
  parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];

/** The timeline's rows by invoice, then version: the order a reader of each case takes. */
const byCase = (rows: Record<string, string>[]): Record<string, string>[] =>
  [...rows].sort(
    (a, b) =>
      (a['invoiceId'] ?? '').localeCompare(b['invoiceId'] ?? '', 'en', { numeric: true }) ||
      Number(a['version']) - Number(b['version']),
  );

describe('CSV the CLI writes, of text that would start a formula', () => {
  const folder = useTempFolder('csv-formula-guard', { per: 'describe' });
  let store: string;
  beforeAll(async () => {
    store = `sqlite:${folder.path('books.db')}`;
    await seedFormulaBooks(store);
  });

  it('replay writes each such text cell after an apostrophe, and amounts and counts as they are', async () => {
    const replay = ['replay', '--store', store, '--projection', 'all', '--as-of', AS_OF];
    const run = await runCli([...replay, '--out', folder.path('books.csv')]);
    expect(run.code).toBe(0);

    const [sheet] = rowsOf(folder.path('books.call-sheet.csv'));
    expect(sheet).toMatchObject({
      name: `'${NAME}`,
      contactPerson: "'@SUM(1)",
      email: "'=x@evil.example",
      phone: "'+31 6 1234 5678",
      openInvoices: '1',
      totalOutstanding: '30.00',
      revenueShare: '1',
    });
    const timeline = byCase(rowsOf(folder.path('books.timeline.csv')));
    expect(timeline.map((row) => [row['invoiceId'], row['version'], row['reason']])).toEqual([
      ['F-9', '1', `'${REASON}`],
      ['F-9', '2', `'${PAID_REASON}`],
      ['F-9', '3', `'${PAID_REASON}`],
      ['F-10', '1', `'${REASON}`],
    ]);
    expect(timeline.map((row) => row['actor'])).toEqual(Array(4).fill(`'${ACTOR}`));
    expect(timeline.map((row) => row['outstandingAfter'])).toEqual([
      '100.00',
      '0.00',
      '0.00',
      '30.00',
    ]);
    const [behaviour] = rowsOf(folder.path('books.behaviour.csv'));
    expect(behaviour).toMatchObject({ meanDaysToPay: '27', outstanding: '30.00' });
  });

  it('export --format csv guards actor and reason, and its data column keeps the raw text as JSON', async () => {
    const out = folder.path('events.csv');
    const run = await runCli(['export', '--store', store, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);

    const rows = rowsOf(out);
    const cells = rows.map((row) => [row['globalPosition'], row['streamVersion'], row['reason']]);
    expect(cells).toEqual([
      ['1', '1', ''],
      ['2', '1', `'${REASON}`],
      ['3', '2', `'${PAID_REASON}`],
      ['4', '3', `'${PAID_REASON}`],
      ['5', '1', `'${REASON}`],
    ]);
    expect(rows.map((row) => row['actor'])).toEqual(Array(5).fill(`'${ACTOR}`));
    const registered: unknown = JSON.parse(rows[0]?.['data'] ?? '{}');
    expect(registered).toMatchObject({ name: NAME, phone: '+31 6 1234 5678' });
  });

  it('JSONL output of the same command keeps the text as it was recorded', async () => {
    const replay = ['replay', '--store', store, '--projection', 'call-sheet', '--as-of', AS_OF];
    const run = await runCli([...replay, '--format', 'jsonl']);
    expect(run.code).toBe(0);
    const sheet: unknown = JSON.parse(run.stdout.trim().split('\n')[0] ?? '{}');
    expect(sheet).toMatchObject({ contact: { name: NAME, contactPerson: '@SUM(1)' } });
  });
});
