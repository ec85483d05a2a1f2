import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { invoiceIdForNumber } from '../sync/sync-event-ids';
import { CliRun, runCli } from '../testing/run-cli';
import {
  API_INVOICE,
  API_INVOICE_SHARING_A_NUMBER,
  FIRST_UNDER_REUSED_NUMBER,
  ID_ISSUED_LATER,
  ISSUED_LATER,
  LATER_UNDER_REUSED_NUMBER,
  NUMBERED_AS_API_INVOICE_ID,
  NUMBERED_AS_ID_ISSUED_LATER,
  REUSED_NUMBER,
  SHARED_NUMBER,
  SYNCED_NUMBER,
  seedNumberedBooks,
} from './testing/numbered-books';
import { runPasted } from './testing/run-pasted';

jest.setTimeout(60_000);

interface HistoryJson {
  readonly invoiceId: string;
  readonly number: string | null;
  readonly entries: readonly { readonly version: number; readonly type: string }[];
}

const shown = (run: CliRun): HistoryJson => JSON.parse(run.stdout) as HistoryJson;

/** The command line the notice on stderr suggests, as an analyst would copy it. */
const suggestedIn = (stderr: string): string =>
  /\((debiteur history .*)\)$/m.exec(stderr.trim())?.[1] ?? '';

describe('debiteur history by invoice number', () => {
  const folder = useTempFolder('history-by-number', { per: 'describe' });
  let store: string;
  /** Before the payment and the invoices issued after it, by the store's clock. */
  let lookBack: string;
  const history = (invoice: string, ...options: string[]): Promise<CliRun> =>
    runCli(['history', invoice, '--tenant', 'acme', '--store', store, ...options]);

  beforeAll(async () => {
    store = `sqlite:${folder.path('books.db')}`;
    lookBack = await seedNumberedBooks(store, folder.dir);
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
    const run = await history(API_INVOICE.number, '--as-of', lookBack, '--json');

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

  it('looks back to when only one invoice carried a number that was reused later', async () => {
    const run = await history(REUSED_NUMBER, '--as-of', lookBack, '--json');

    expect(run.code).toBe(0);
    expect(shown(run).invoiceId).toBe(FIRST_UNDER_REUSED_NUMBER.id);
    expect(run.stderr).toBe('');
  });

  it('refuses a reused number without --as-of, naming both invoices', async () => {
    const run = await history(REUSED_NUMBER);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(FIRST_UNDER_REUSED_NUMBER.id);
    expect(run.stderr).toContain(LATER_UNDER_REUSED_NUMBER.id);
  });

  it('does not find by number, --as-of, an invoice issued after that instant', async () => {
    expect((await history(ISSUED_LATER.number, '--json')).code).toBe(0);

    const run = await history(ISSUED_LATER.number, '--as-of', lookBack, '--json');

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toContain(ISSUED_LATER.id);
  });

  it('shows the invoice named by its id, and names on stderr the one with it as number', async () => {
    const run = await history(API_INVOICE.id);

    expect(run.code).toBe(0);
    const [header] = run.stdout.split('\n');
    expect(header).toContain(API_INVOICE.id);
    expect(run.stdout).not.toContain(NUMBERED_AS_API_INVOICE_ID.id);
    const notice = run.stderr.trim().split('\n');
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain(NUMBERED_AS_API_INVOICE_ID.id);
  });

  it('keeps stdout to the JSON history when it names the invoice with the id as number', async () => {
    const run = await history(API_INVOICE.id, '--json');

    expect(run.code).toBe(0);
    expect(shown(run).invoiceId).toBe(API_INVOICE.id);
    expect(run.stderr).toContain(NUMBERED_AS_API_INVOICE_ID.id);
  });

  it('names no other invoice --as-of an instant before any carried the id as number', async () => {
    const run = await history(API_INVOICE.id, '--as-of', lookBack, '--json');

    expect(run.code).toBe(0);
    expect(shown(run).invoiceId).toBe(API_INVOICE.id);
    expect(run.stderr).toBe('');
  });

  it('takes an id no invoice had --as-of as the number an invoice had then', async () => {
    const run = await history(ID_ISSUED_LATER.id, '--as-of', lookBack, '--json');

    expect(run.code).toBe(0);
    expect(shown(run)).toMatchObject({
      invoiceId: NUMBERED_AS_ID_ISSUED_LATER.id,
      number: ID_ISSUED_LATER.id,
    });
    expect(run.stderr).toBe('');
  });

  it('suggests a command that, pasted into a shell, reads the store the run was given', async () => {
    const file = folder.path('acme books (q1).jsonl');
    expect((await runCli(['export', '--store', store, '--out', file])).code).toBe(0);
    const run = await runCli([
      'history',
      API_INVOICE.id,
      '--tenant',
      'acme',
      '--store',
      `jsonl:${file}`,
    ]);
    expect(run.code).toBe(0);

    const pasted = await runPasted(`${suggestedIn(run.stderr)} --json`, folder.dir);

    expect(pasted.code).toBe(0);
    expect(shown(pasted).invoiceId).toBe(NUMBERED_AS_API_INVOICE_ID.id);
  });

  it('exits 1 with one line when neither an id nor a number matches', async () => {
    const run = await history('2026/999');

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
