import { openStores } from '@debiteur/application';
import { RecordedEvent } from '@debiteur/eventstore';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { allEvents, byProjection } from '../analyst/testing/expected-books';
import { seedFirstBooks, seedLaterBooks } from '../analyst/testing/seed-books';
import { runCli } from '../testing/run-cli';

jest.setTimeout(120_000);

const server = usePostgresTestServer();

/**
 * What must survive a move, byte for byte: ids, versions, type, schema, data and metadata,
 * in order. A JSON text of them, keys in the order the store gave them.
 */
const eventDataOf = (events: readonly RecordedEvent[]): string[] =>
  events.map((e) =>
    JSON.stringify([
      e.eventId,
      e.streamId,
      e.streamVersion,
      e.type,
      e.schemaVersion,
      e.data,
      e.metadata,
    ]),
  );

const eventData = async (location: string): Promise<string[]> =>
  eventDataOf(await allEvents(location));

/** The same of an export file: each line as `debiteur export` wrote it. */
const exportedEventData = (path: string): string[] =>
  eventDataOf(
    readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as RecordedEvent),
  );

describe('debiteur export and import', () => {
  const folder = useTempFolder('export', { per: 'describe' });
  let sqlite: string;
  let exported: string;
  beforeAll(async () => {
    sqlite = `sqlite:${folder.path('source.db')}`;
    await seedFirstBooks(sqlite);
    await seedLaterBooks(sqlite);
    // A service stream, which a move leaves behind by default.
    const stores = await openStores(sqlite);
    await stores.events.appendToStream(
      'apikey:demo',
      [
        {
          eventId: 'key-1',
          type: 'ApiKeyCreated',
          schemaVersion: 1,
          data: { digest: 'x' },
          metadata: {
            tenantId: 'acme',
            occurredAt: '2026-02-01T10:00:00+01:00',
            actor: 'ops',
            reason: null,
            correlationId: 'k',
            causationId: null,
          },
        },
      ],
      { expectedVersion: 'no-stream' },
    );
    await stores.close();
    exported = folder.path('export.jsonl');
    const run = await runCli(['export', '--store', sqlite, '--out', exported]);
    expect(run.code).toBe(0);
  });

  it('moves SQLite to PostgreSQL with identical event data, and a second import changes nothing', async () => {
    const postgres = await server().createDatabase();
    const first = await runCli(['import', '--format', 'jsonl', exported, '--store', postgres]);
    expect(first.code).toBe(0);
    const counts = JSON.parse(first.stdout.trim().split('\n').pop() ?? '{}') as Record<
      string,
      number
    >;
    expect(counts['inFile']).toBe(counts['inStore']);
    expect(counts['appended']).toBe(counts['inFile']);

    const domain = (await eventData(sqlite)).filter((e) => !e.includes('"apikey:demo"'));
    expect(await eventData(postgres)).toEqual(domain);

    const again = await runCli(['import', exported, '--store', postgres]);
    expect(again.code).toBe(0);
    const second = JSON.parse(again.stdout.trim().split('\n').pop() ?? '{}') as Record<
      string,
      number
    >;
    expect(second['appended']).toBe(0);
    expect(second['alreadyThere']).toBe(counts['inFile']);
    expect(await eventData(postgres)).toEqual(domain);

    const reExported = folder.path('from-postgres.jsonl');
    expect((await runCli(['export', '--store', postgres, '--out', reExported])).code).toBe(0);
    const original = exportedEventData(exported).filter((e) => !e.includes('"apikey:demo"'));
    expect(exportedEventData(reExported)).toEqual(original);
  });

  it('replays the export file as it replays the store', async () => {
    const asOf = '2026-12-31T12:00:00+01:00';
    const [fromStore, fromFile] = await Promise.all([
      runCli(['replay', '--store', sqlite, '--projection', 'all', '--as-of', asOf]),
      runCli(['replay', '--store', `jsonl:${exported}`, '--projection', 'all', '--as-of', asOf]),
    ]);
    expect(fromFile.code).toBe(0);
    expect(byProjection(fromFile.stdout)).toEqual(byProjection(fromStore.stdout));
  });

  it('writes CSV with one row per event and its data as JSON', async () => {
    const out = folder.path('export.csv');
    const run = await runCli(['export', '--store', sqlite, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^globalPosition,eventId,streamId,streamVersion,type,/);
    expect(lines).toHaveLength(1 + readFileSync(exported, 'utf8').trim().split('\n').length);
  });

  it('fails the count check (exit 1) when the store holds more events in those streams', async () => {
    const target = `sqlite:${folder.path('diverged.db')}`;
    expect((await runCli(['import', exported, '--store', target])).code).toBe(0);
    const stores = await openStores(target);
    const [paid] = (await stores.events.readStream('invoice:bolt:B-1')).slice(-1);
    if (paid === undefined) throw new Error('seed: B-1 has no events');
    await stores.events.appendToStream(
      'invoice:bolt:B-1',
      [{ ...paid, eventId: 'late-extra-event' }],
      { expectedVersion: paid.streamVersion },
    );
    await stores.close();
    const run = await runCli(['import', exported, '--store', target]);
    expect(run.code).toBe(1);
    const counts = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<
      string,
      number
    >;
    expect(counts['inStore']).toBe((counts['inFile'] ?? 0) + 1);
  });

  it('refuses an event that does not decode, before appending any of its stream', async () => {
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    const at = lines.findIndex((line) => line.includes('"type":"Paid"'));
    const bad = JSON.parse(lines[at] ?? '{}') as { streamId: string; data: object };
    lines[at] = JSON.stringify({ ...bad, data: { ...bad.data, amount: 'a lot' } });
    const corrupt = folder.path('corrupt.jsonl');
    writeFileSync(corrupt, `${lines.join('\n')}\n`);
    const target = `sqlite:${folder.path('refused.db')}`;

    const run = await runCli(['import', corrupt, '--store', target]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(bad.streamId);
    const stores = await openStores(target);
    try {
      expect(await stores.events.streamVersion(bad.streamId)).toBe(0);
    } finally {
      await stores.close();
    }
  });
});
