import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { existsSync, readFileSync } from 'node:fs';
import { appendOneEvent } from '../analyst/testing/append-one-event';
import { seedFirstBooks } from '../analyst/testing/seed-books';
import { runCli } from '../testing/run-cli';

jest.setTimeout(60_000);

const metadata = {
  tenantId: 'acme',
  occurredAt: '2026-03-01T10:00:00+01:00',
  actor: 'another writer',
  reason: null,
  correlationId: 'c',
  causationId: null,
};

const append = appendOneEvent;

describe('debiteur export', () => {
  const folder = useTempFolder('export-e2e', { per: 'test' });

  it('leaves out the events of a stream Debiteur did not make, and says how many', async () => {
    const store = `sqlite:${folder.path('books.db')}`;
    await seedFirstBooks(store);
    const event = { eventId: 'x', type: 'Issued', schemaVersion: 1, data: {}, metadata };
    await append(store, 'Invoice:acme:F-1', event, 0);
    const out = folder.path('out.jsonl');

    const run = await runCli(['export', '--store', store, '--out', out, '--service-streams']);

    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('Invoice:acme:F-1');
    expect(run.stderr).toMatch(/Left out 1 event of streams Debiteur did not make/);
  });

  it('stops at a stored row that does not read back, naming it and the reason (exit 1, no file)', async () => {
    const store = `sqlite:${folder.path('books.db')}`;
    await seedFirstBooks(store);
    const noActor = { ...metadata };
    Reflect.deleteProperty(noActor, 'actor');
    const data = { amount: { amount: 100, currency: 'EUR' }, paidOn: '2026-03-01' };
    const paid = { eventId: 'p', type: 'Paid', schemaVersion: 1, data, metadata: noActor };
    await append(store, 'invoice:acme:F-1', paid, 3);
    const out = folder.path('out.jsonl');

    const run = await runCli(['export', '--store', store, '--out', out]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invoice:acme:F-1@4');
    expect(run.stderr).toContain('metadata.actor');
    expect(run.stderr).toContain('debiteur verify');
    expect(existsSync(out)).toBe(false);
  });
});
