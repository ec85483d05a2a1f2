import { instant, Instant } from '@debiteur/core';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { tempFolder, TempFolderPaths, useTempFolder } from '@debiteur/store-sqlite/testing';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allEvents,
  byProjection,
  expectedBooks,
  inStreamOrder,
} from '../analyst/testing/expected-books';
import { ACME, BOLT, seedBooksInTwoRounds, valid } from '../analyst/testing/seed-books';
import { runCli, runCliOnTerminal } from '../testing/run-cli';

jest.setTimeout(120_000);

const server = usePostgresTestServer();
/** Far enough ahead that every seeded event counts; its business day is fixed. */
const END_OF_YEAR: Instant = valid(instant('2026-12-31T12:00:00+01:00'));

describe.each([
  ['SQLite', (folder: TempFolderPaths) => Promise.resolve(`sqlite:${folder.path('books.db')}`)],
  ['PostgreSQL', () => server().createDatabase()],
])('debiteur replay from %s', (_kind, newStore) => {
  const folder = useTempFolder('replay', { per: 'describe' });
  let store: string;
  /** Between the first and the later bookings, by the store's clock. */
  let between: Instant;
  beforeAll(async () => {
    store = await newStore(folder);
    between = await seedBooksInTwoRounds(store);
  });

  it('writes every projection exactly as the in-memory fold of the same events', async () => {
    const run = await runCli([
      'replay',
      '--store',
      store,
      '--projection',
      'all',
      '--as-of',
      END_OF_YEAR,
    ]);
    expect(run.code).toBe(0);
    const written = byProjection(run.stdout);
    const expected = expectedBooks(await allEvents(store), END_OF_YEAR, [ACME, BOLT]);
    expect(written['behaviour']).toEqual(expected['behaviour']);
    expect(written['aging']).toEqual(expected['aging']);
    expect(written['dso']).toEqual(expected['dso']);
    expect(written['call-sheet']).toEqual(expected['call-sheet']);
    expect(inStreamOrder(written['timeline'])).toEqual(inStreamOrder(expected['timeline']));
    expect(expected['call-sheet']?.length).toBeGreaterThan(1);
  });

  it('--as-of gives the books as they were before the later bookings', async () => {
    const run = await runCli([
      'replay',
      '--store',
      store,
      '--projection',
      'all',
      '--as-of',
      between,
    ]);
    expect(run.code).toBe(0);
    const written = byProjection(run.stdout);
    const events = await allEvents(store);
    const earlier = expectedBooks(events, between, [ACME, BOLT]);
    expect(written['behaviour']).toEqual(earlier['behaviour']);
    expect(written['aging']).toEqual(earlier['aging']);
    expect(written['call-sheet']).toEqual(earlier['call-sheet']);
    expect(inStreamOrder(written['timeline'])).toEqual(inStreamOrder(earlier['timeline']));
    // The later bookings (F-2 paid, F-4 issued, B-1 paid off) are not in those books.
    const streams = new Set((written['timeline'] as { streamId: string }[]).map((r) => r.streamId));
    expect(streams.has('invoice:acme:F-4')).toBe(false);
    expect((written['timeline'] ?? []).length).toBeLessThan(
      expectedBooks(events, END_OF_YEAR, [ACME, BOLT])['timeline']?.length ?? 0,
    );
  });

  it('writes one tenant as CSV, and all projections as one CSV file each', async () => {
    const out = folder.path('acme-aging.csv');
    const aging = await runCli([
      'replay',
      '--store',
      store,
      '--projection',
      'aging',
      '--tenant',
      'acme',
      '--as-of',
      END_OF_YEAR,
      '--out',
      out,
    ]);
    expect(aging.code).toBe(0);
    const [header, ...rows] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe('tenantId,asOf,currency,bucket,amount,count');
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.startsWith('acme,2026-12-31,EUR,'))).toBe(true);

    const all = await runCli([
      'replay',
      '--store',
      store,
      '--projection',
      'all',
      '--out',
      folder.path('books.csv'),
    ]);
    expect(all.code).toBe(0);
    for (const projection of ['behaviour', 'aging', 'dso', 'call-sheet', 'timeline']) {
      expect(existsSync(folder.path(`books.${projection}.csv`))).toBe(true);
    }
  });
});

describe('debiteur replay usage', () => {
  it('refuses an unknown projection and a bad --as-of with exit code 2', async () => {
    const [projection, asOf] = await Promise.all([
      runCli(['replay', '--store', 'memory:', '--projection', 'ledgers']),
      runCli(['replay', '--store', 'memory:', '--projection', 'aging', '--as-of', 'yesterday']),
    ]);
    expect(projection.code).toBe(2);
    expect(asOf.code).toBe(2);
  });

  describe('with an --out it cannot write', () => {
    const out = join(tmpdir(), 'debiteur-no-such-folder', 'aging.csv');
    const args = ['replay', '--store', 'memory:', '--projection', 'aging', '--out', out];

    it('exits with code 2, naming the file, without a stack trace', async () => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`debiteur: cannot write ${out}: ENOENT`);
      expect(run.stderr).not.toContain('    at ');
    });

    it('exits as well on a terminal, without waiting on its progress bar', () => {
      const run = runCliOnTerminal(args);
      // `script` passes the command's exit code on; a hang would be killed (status null).
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(`cannot write ${out}`);
    });
  });

  it('refuses --projection all when one of its CSV files cannot be written', async () => {
    const folder = tempFolder('replay-out');
    try {
      mkdirSync(folder.path('books.dso.csv')); // a folder where the DSO file would go
      const out = folder.path('books.csv');
      const run = await runCli([
        'replay',
        '--store',
        'memory:',
        '--projection',
        'all',
        '--out',
        out,
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `cannot write ${folder.path('books.dso.csv')}: it is a directory`,
      );
      expect(readdirSync(folder.dir)).toEqual(['books.dso.csv']); // no file of the others
    } finally {
      folder.remove();
    }
  });
});
