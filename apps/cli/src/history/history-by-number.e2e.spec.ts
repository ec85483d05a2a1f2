import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { invoiceIdForNumber } from '../sync/sync-event-ids';
import { CliRun, runCli } from '../testing/run-cli';
import {
  API_INVOICE,
  API_INVOICE_SHARING_A_NUMBER,
  SHARED_NUMBER,
  SYNCED_NUMBER,
  seedNumberedBooks,
} from './testing/numbered-books';

jest.setTimeout(60_000);

interface HistoryJson {
  readonly invoiceId: string;
  readonly number: string | null;
  readonly entries: readonly { readonly version: number; readonly type: string }[];
}

const shown = (run: CliRun): HistoryJson => JSON.parse(run.stdout) as HistoryJson;

describe('debiteur history by invoice number', () => {
  const folder = useTempFolder('history-by-number', { per: 'describe' });
  let store: string;
  let beforePayment: string;
  const history = (invoice: string, ...options: string[]): Promise<CliRun> =>
    runCli(['history', invoice, '--tenant', 'acme', '--store', store, ...options]);

  beforeAll(async () => {
    store = `sqlite:${folder.path('books.db')}`;
    beforePayment = await seedNumberedBooks(store, folder.dir);
  });

  it('finds an invoice the sync issued under a number with a slash', async () => {
    const run = await history(SYNCED_NUMBER, '--json');

    expect(run.code).toBe(0);
    expect(shown(run)).toMatchObject({
      invoiceId: invoiceIdForNumber(SYNCED_NUMBER),
      number: SYNCED_NUMBER,
      entries: [{ version: 1, type: 'Issued' }],
    });
  });

  it('names in the table header the id the number resolved to', async () => {
    const run = await history(SYNCED_NUMBER);

    expect(run.code).toBe(0);
    const [header] = run.stdout.split('\n');
    expect(header).toContain(invoiceIdForNumber(SYNCED_NUMBER));
    expect(header).toContain(SYNCED_NUMBER);
  });

  it('finds an invoice issued through the API by its number', async () => {
    const run = await history(API_INVOICE.number, '--json');

    expect(run.code).toBe(0);
    expect(shown(run)).toMatchObject({ invoiceId: API_INVOICE.id, number: API_INVOICE.number });
    expect(shown(run).entries.map((entry) => entry.type)).toEqual(['Issued', 'Paid']);
  });

  it('shows an invoice found by its number as it stood --as-of', async () => {
    const run = await history(API_INVOICE.number, '--as-of', beforePayment, '--json');

    expect(run.code).toBe(0);
    expect(shown(run).invoiceId).toBe(API_INVOICE.id);
    expect(shown(run).entries.map((entry) => entry.type)).toEqual(['Issued']);
  });

  it('reads the number from a JSONL export as well as from a store', async () => {
    const file = folder.path('books.jsonl');
    expect((await runCli(['export', '--store', store, '--out', file])).code).toBe(0);

    const run = await runCli([
      'history',
      SYNCED_NUMBER,
      '--tenant',
      'acme',
      '--store',
      `jsonl:${file}`,
      '--json',
    ]);

    expect(run.code).toBe(0);
    expect(shown(run).invoiceId).toBe(invoiceIdForNumber(SYNCED_NUMBER));
  });

  it('still finds an invoice by its id', async () => {
    const run = await history(API_INVOICE.id, '--json');

    expect(run.code).toBe(0);
    expect(shown(run)).toMatchObject({ invoiceId: API_INVOICE.id, number: API_INVOICE.number });
  });

  it('refuses a number on two invoices with exit 2, naming both ids', async () => {
    const run = await history(SHARED_NUMBER);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(invoiceIdForNumber(SHARED_NUMBER));
    expect(lines[0]).toContain(API_INVOICE_SHARING_A_NUMBER.id);
  });

  it('exits 1 with one line when neither an id nor a number matches', async () => {
    const run = await history('2026/999');

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
