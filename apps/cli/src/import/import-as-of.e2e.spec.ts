import { instant, Instant } from '@debiteur/core';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { allEvents, byProjection, inStreamOrder } from '../analyst/testing/expected-books';
import { seedBooksInTwoRounds, valid } from '../analyst/testing/seed-books';
import { runCli } from '../testing/run-cli';

jest.setTimeout(120_000);

const server = usePostgresTestServer();

/** The replay's books as of `asOf`, the timeline in stream order so stores compare. */
const booksAsOf = async (store: string, asOf: Instant): Promise<Record<string, unknown[]>> => {
  const run = await runCli(['replay', '--store', store, '--projection', 'all', '--as-of', asOf]);
  expect(run.code).toBe(0);
  const books = byProjection(run.stdout);
  return { ...books, timeline: inStreamOrder(books['timeline']) };
};

/** Each domain event's id with the instant its store recorded it, in global order. */
const recordedAtOf = async (store: string): Promise<string[][]> =>
  (await allEvents(store)).map((e) => [e.eventId, e.recordedAt]);

describe('debiteur import keeps when the source recorded each event (ADR 0027)', () => {
  const folder = useTempFolder('import-as-of', { per: 'describe' });
  let source: string;
  let exported: string;
  /** Between the first and the later bookings, by the source store's clock. */
  let between: Instant;
  beforeAll(async () => {
    source = `sqlite:${folder.path('source.db')}`;
    between = await seedBooksInTwoRounds(source);
    exported = folder.path('move.jsonl');
    expect((await runCli(['export', '--store', source, '--out', exported])).code).toBe(0);
  });

  it.each([
    ['PostgreSQL', () => server().createDatabase()],
    ['SQLite', () => Promise.resolve(`sqlite:${folder.path('target.db')}`)],
  ])('gives the same earlier books on the %s target of a move', async (_kind, newTarget) => {
    const target = await newTarget();
    expect((await runCli(['import', exported, '--store', target])).code).toBe(0);

    expect(await recordedAtOf(target)).toEqual(await recordedAtOf(source));
    const earlier = await booksAsOf(target, between);
    expect(earlier).toEqual(await booksAsOf(source, between));
    // The later bookings are not in them: as-of has something to leave out.
    const now = valid(instant(new Date().toISOString()));
    expect(earlier['timeline']?.length).toBeLessThan(
      (await booksAsOf(target, now))['timeline']?.length ?? 0,
    );
  });

  it.each([
    ['is no instant', 'yesterday'],
    ['names a day that does not exist', '2026-02-30T10:00:00Z'],
    ['is missing', undefined],
  ])(
    'stops the import (exit 1) when a recordedAt %s, naming stream and version',
    async (_case, recordedAt) => {
      const target = `sqlite:${folder.path('refused.db')}`;
      const bad = folder.path('bad-time.jsonl');
      const lines = readFileSync(exported, 'utf8').trim().split('\n');
      const first = JSON.parse(lines[0] ?? '{}') as { streamId: string; streamVersion: number };
      lines[0] = JSON.stringify({ ...first, recordedAt });
      writeFileSync(bad, `${lines.join('\n')}\n`);

      const run = await runCli(['import', bad, '--store', target]);

      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${first.streamId}@${first.streamVersion}: `);
      expect(run.stderr).toContain('recordedAt');
      expect(await allEvents(target)).toEqual([]);
    },
  );
});
