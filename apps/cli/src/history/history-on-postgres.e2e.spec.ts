import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { runCli } from '../testing/run-cli';
import {
  API_INVOICE,
  NUMBERED_AS_API_INVOICE_ID,
  seedNumberedBooks,
} from './testing/numbered-books';

jest.setTimeout(120_000);

const server = usePostgresTestServer();

describe('debiteur history on a PostgreSQL store whose URL carries a password', () => {
  const folder = useTempFolder('history-on-postgres', { per: 'describe' });

  it('suggests the other invoice with the store as it describes itself, the password masked', async () => {
    const books = `sqlite:${folder.path('books.db')}`;
    await seedNumberedBooks(books, folder.dir);
    const moved = folder.path('books.jsonl');
    expect((await runCli(['export', '--store', books, '--out', moved])).code).toBe(0);
    const store = await server().createDatabase();
    expect((await runCli(['import', moved, '--store', store])).code).toBe(0);
    const password = decodeURIComponent(new URL(store).password);
    expect(password).not.toBe('');

    const run = await runCli(['history', API_INVOICE.id, '--tenant', 'acme', '--store', store]);

    expect(run.code).toBe(0);
    expect(run.stderr).toContain(NUMBERED_AS_API_INVOICE_ID.id);
    expect(run.stderr).toContain(':***@');
    expect(run.stderr).not.toContain(password);
  });
});
