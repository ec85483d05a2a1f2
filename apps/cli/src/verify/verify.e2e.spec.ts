import { openStores } from '@debiteur/application';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { TempFolderPaths, useTempFolder } from '@debiteur/store-sqlite/testing';
import { writeFileSync } from 'node:fs';
import { appendOneEvent } from '../analyst/testing/append-one-event';
import { seedFirstBooks } from '../analyst/testing/seed-books';
import { recordedEvent } from '../testing/recorded-event';
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

/** The problems `verify --json` printed, by stream, version and kind. */
const problemsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as StreamProblem)
    .map(({ streamId, streamVersion, problem }) => ({ streamId, streamVersion, problem }));

const append = appendOneEvent;

/** The counts of `verify`'s closing line: the events it verified and their streams. */
const verifiedOf = (stderr: string) => {
  const [, events, streams] = /^Verified (\d+) events in (\d+) streams /m.exec(stderr) ?? [];
  return { events: Number(events), streams: Number(streams) };
};

let stores = 0;

describe.each([
  [
    'SQLite',
    (folder: TempFolderPaths) => Promise.resolve(`sqlite:${folder.path(`books-${++stores}.db`)}`),
  ],
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

  it('names the events of a stream Debiteur did not make (unknown-category), not those of its service', async () => {
    const store = await newStore(folder);
    await seedFirstBooks(store);
    const event = { eventId: 'x', type: 'Issued', schemaVersion: 1, data: {}, metadata };
    await append(store, 'Invoice:acme:F-1', event, 0);
    await append(store, 'apikey:demo', { ...event, eventId: 'k', type: 'ApiKeyCreated' }, 0);

    const run = await runCli(['verify', '--store', store, '--json']);

    expect(run.code).toBe(1);
    expect(problemsOf(run.stdout)).toEqual([
      { streamId: 'Invoice:acme:F-1', streamVersion: 1, problem: 'unknown-category' },
    ]);
  });
});

describe('debiteur verify on a SQLite row that does not read back', () => {
  const folder = useTempFolder('verify-rows', { per: 'test' });

  it('names each such row by stream and version, with the reason, and goes on', async () => {
    const store = `sqlite:${folder.path('books.db')}`;
    await seedFirstBooks(store);
    // No actor: the table's json_valid CHECK lets such metadata in.
    const noActor = { ...metadata };
    Reflect.deleteProperty(noActor, 'actor');
    const paid = { type: 'Paid', schemaVersion: 1, metadata: noActor };
    const data = { amount: { amount: 100, currency: 'EUR' }, paidOn: '2026-03-01' };
    await append(store, 'invoice:acme:F-1', { ...paid, eventId: 'no-actor-1', data }, 3);
    await append(store, 'invoice:acme:F-5', { ...paid, eventId: 'no-actor-2', data }, 1);

    const run = await runCli(['verify', '--store', store, '--json']);

    expect(run.code).toBe(1);
    expect(problemsOf(run.stdout)).toEqual([
      { streamId: 'invoice:acme:F-1', streamVersion: 4, problem: 'undecodable' },
      { streamId: 'invoice:acme:F-5', streamVersion: 2, problem: 'undecodable' },
    ]);
    expect(run.stdout).toContain('metadata.actor');
    expect(run.stderr).toMatch(/^Verified \d+ events .*, plus 2 unreadable rows: 2 problems\.$/m);
  });

  it('counts the rows it could not read apart from the events and streams it verified', async () => {
    const store = `sqlite:${folder.path('books.db')}`;
    await seedFirstBooks(store);
    const sound = await runCli(['verify', '--store', store]);
    const { events, streams } = verifiedOf(sound.stderr);
    expect(sound.stderr).toContain(
      `Verified ${events} events in ${streams} streams of ${store}: no problems.`,
    );
    const noActor = { ...metadata };
    Reflect.deleteProperty(noActor, 'actor');
    const paid = { eventId: 'no-actor-paid', type: 'Paid', schemaVersion: 1, metadata: noActor };
    const data = { amount: { amount: 100, currency: 'EUR' }, paidOn: '2026-03-01' };
    await append(store, 'invoice:acme:F-1', { ...paid, data }, 3);
    // The only event of its stream, so no stream more is verified.
    const registered = { eventId: 'no-actor-debtor', type: 'DebtorRegistered', schemaVersion: 1 };
    const debtor = { debtorId: 'D-9', name: 'Nieuw BV', kind: 'business' };
    await append(store, 'debtor:acme:D-9', { ...registered, data: debtor, metadata: noActor }, 0);

    const run = await runCli(['verify', '--store', store]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Verified ${events} events in ${streams} streams of ${store}, plus 2 unreadable rows: 2 problems.`,
    );
  });

  it('reports such a row under --tenant when it is the tenant’s first event', async () => {
    const store = `sqlite:${folder.path('books.db')}`;
    await seedFirstBooks(store);
    const noActor = { ...metadata, tenantId: 'newcomer' };
    Reflect.deleteProperty(noActor, 'actor');
    const event = { eventId: 'no-actor-first', type: 'DebtorRegistered', schemaVersion: 1 };
    const data = { debtorId: 'D-1', name: 'Nieuw BV', kind: 'business' };
    await append(store, 'debtor:newcomer:D-1', { ...event, data, metadata: noActor }, 0);

    const run = await runCli(['verify', '--store', store, '--json', '--tenant', 'newcomer']);

    expect(run.stderr).not.toContain('could not be decoded');
    expect(run.code).toBe(1);
    expect(problemsOf(run.stdout)).toEqual([
      { streamId: 'debtor:newcomer:D-1', streamVersion: 1, problem: 'undecodable' },
    ]);
  });
});

describe('debiteur verify on a JSONL file', () => {
  const folder = useTempFolder('verify-file', { per: 'test' });

  it('names text PostgreSQL cannot store (U+0000), and a line whose envelope has the wrong types', async () => {
    const file = folder.path('events.jsonl');
    const nul = recordedEvent(1, {
      metadata: { ...recordedEvent(1).metadata, reason: 'why\u0000' },
    });
    const numbered = { ...recordedEvent(2), streamId: 123 };
    writeFileSync(file, `${JSON.stringify(nul)}\n${JSON.stringify(numbered)}\n`);

    const run = await runCli(['verify', '--store', `jsonl:${file}`, '--json']);

    expect(run.code).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as object);
    expect(lines).toContainEqual(
      expect.objectContaining({ streamVersion: 1, problem: 'nul-in-text' }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ line: 2, problem: 'unreadable-line' }));
    expect(run.stderr).not.toContain('TypeError');
    expect(run.stderr).toContain(
      `Verified 1 event in 1 stream of jsonl:${file}, plus 1 unreadable line: ${lines.length} problems.`,
    );
  });
});
