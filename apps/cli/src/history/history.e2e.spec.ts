import {
  instant,
  InvoiceEvent,
  invoiceTimeline,
  isInvoiceEvent,
  EventEnvelope,
} from '@debiteur/core';
import { decodeRecordedEvent } from '@debiteur/eventstore';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { allEvents, viaJson } from '../analyst/testing/expected-books';
import { seedBooksInTwoRounds, valid } from '../analyst/testing/seed-books';
import { runCli } from '../testing/run-cli';

jest.setTimeout(60_000);

describe('debiteur history', () => {
  const folder = useTempFolder('history', { per: 'describe' });
  let store: string;
  let between: string;
  beforeAll(async () => {
    store = `sqlite:${folder.path('books.db')}`;
    between = await seedBooksInTwoRounds(store);
  });

  it('gives every event of the case with who, why and the running balance', async () => {
    const run = await runCli(['history', 'F-2', '--tenant', 'acme', '--store', store, '--json']);
    expect(run.code).toBe(0);
    const envelopes = (await allEvents(store))
      .filter((e) => e.streamId === 'invoice:acme:F-2')
      .flatMap((e) => {
        const decoded = decodeRecordedEvent(e);
        return decoded._tag === 'Right' && isInvoiceEvent(decoded.right.event)
          ? [decoded.right as EventEnvelope<InvoiceEvent>]
          : [];
      });
    const shown = JSON.parse(run.stdout) as { entries: unknown[] };
    expect(shown.entries).toEqual(viaJson(invoiceTimeline(envelopes).entries));
    expect(
      shown.entries.map(
        (e) => (e as { outstandingAfter: { amount: number } }).outstandingAfter.amount,
      ),
    ).toEqual([121_00, 121_00, 0, 0]);
  });

  it('shows the case as it stood --as-of, as a table with one line per event', async () => {
    valid(instant(between));
    const run = await runCli([
      'history',
      'F-2',
      '--tenant',
      'acme',
      '--store',
      store,
      '--as-of',
      between,
    ]);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n').slice(3);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['1', '2']);
  });

  it('exits 1 for an invoice the tenant does not have', async () => {
    const run = await runCli(['history', 'F-2', '--tenant', 'bolt', '--store', store]);
    expect(run.code).toBe(1);
  });
});
