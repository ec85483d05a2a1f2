import { openStores } from '@debiteur/application';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { TempFolderPaths, useTempFolder } from '@debiteur/store-sqlite/testing';
import { seedFirstBooks } from '../analyst/testing/seed-books';
import { runCli } from '../testing/run-cli';
import type { StreamProblem } from './stream-check';

jest.setTimeout(120_000);

const server = usePostgresTestServer();

const metadata = {
  tenantId: 'acme',
  occurredAt: '2026-03-01T10:00:00+01:00',
  actor: 'a faulty writer',
  reason: null,
  correlationId: 'corrupt',
  causationId: null,
};

/** Writes two bad events through the store's own append: an unknown type and bad data. */
const corrupt = async (location: string) => {
  const stores = await openStores(location);
  try {
    await stores.events.appendToStream(
      'invoice:acme:F-1',
      [{ eventId: 'bad-type', type: 'InvoiceTeleported', schemaVersion: 1, data: {}, metadata }],
      { expectedVersion: 3 },
    );
    await stores.events.appendToStream(
      'invoice:acme:F-5',
      [{ eventId: 'bad-data', type: 'Paid', schemaVersion: 1, data: { amount: 'lots' }, metadata }],
      { expectedVersion: 1 },
    );
  } finally {
    await stores.close();
  }
};

describe.each([
  ['SQLite', (folder: TempFolderPaths) => Promise.resolve(`sqlite:${folder.path('books.db')}`)],
  ['PostgreSQL', () => server().createDatabase()],
])('debiteur verify on %s', (_kind, newStore) => {
  const folder = useTempFolder('verify', { per: 'describe' });

  it('passes sound books and names each corrupt event by stream and version (exit 1)', async () => {
    const store = await newStore(folder);
    await seedFirstBooks(store);
    const sound = await runCli(['verify', '--store', store, '--json']);
    expect(sound.code).toBe(0);
    expect(sound.stdout.trim()).toBe('');

    await corrupt(store);
    const run = await runCli(['verify', '--store', store, '--json']);
    expect(run.code).toBe(1);
    const problems = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as StreamProblem);
    expect(
      problems.map(({ streamId, streamVersion, problem }) => ({
        streamId,
        streamVersion,
        problem,
      })),
    ).toEqual([
      { streamId: 'invoice:acme:F-1', streamVersion: 4, problem: 'undecodable' },
      { streamId: 'invoice:acme:F-5', streamVersion: 2, problem: 'undecodable' },
    ]);
  });
});
