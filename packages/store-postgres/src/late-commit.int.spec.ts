import { EventStore, RecordedEvent } from '@debiteur/eventstore';
import { collect, makeEvent, uniqueStreamId, uniqueTenantId } from '@debiteur/eventstore/testing';
import { Client } from 'pg';
import { appendSql } from './append-sql';
import { decodePosition } from './global-position';
import { openPostgresEventStore } from './open-postgres-stores';
import { appendWithin } from './postgres-append';
import { schemaNames } from './schema-names';
import { usePostgresTestServer } from './testing';

const server = usePostgresTestServer();
const names = schemaNames();
const sql = appendSql(names);

interface Setup {
  readonly store: EventStore;
  /** Connections that run the adapter's own append SQL in transactions the test holds open. */
  readonly writerA: Client;
  readonly writerB: Client;
  readonly tenantId: string;
}

let setup: Setup | null = null;

beforeEach(async () => {
  const connectionString = await server().createDatabase();
  // Reads while A is open wait for it; a short settle time keeps those waits short.
  const store = await openPostgresEventStore({ connectionString, settleMillis: 100 });
  const writerA = new Client({ connectionString });
  const writerB = new Client({ connectionString });
  await Promise.all([writerA.connect(), writerB.connect()]);
  setup = { store, writerA, writerB, tenantId: uniqueTenantId() };
});

afterEach(async () => {
  const current = setup;
  setup = null;
  if (current === null) return;
  await Promise.all([current.writerA.end(), current.writerB.end()]);
  await current.store.close();
});

const given = (): Setup => {
  if (setup === null) throw new Error('no setup outside a test');
  return setup;
};

/** Appends one event with the adapter's SQL inside the client's open transaction. */
const appendInOpenTransaction = async (client: Client, tenantId: string, eventId?: string) => {
  const event = makeEvent({ tenantId, ...(eventId === undefined ? {} : { eventId }) });
  const result = await appendWithin(client, sql, {
    streamId: uniqueStreamId('invoice', tenantId),
    events: [event],
    expectedVersion: 'no-stream',
  });
  return { event, position: decodePosition(result.lastPosition).position };
};

/** What a reader keyed on the bigserial alone would see: positions above its checkpoint. */
const naiveRead = async (client: Client, afterPosition: string): Promise<string[]> => {
  const { rows } = await client.query<{ event_id: string }>(
    `SELECT event_id FROM ${names.events} WHERE position > $1 ORDER BY position`,
    [afterPosition],
  );
  return rows.map((row) => row.event_id);
};

const idsOf = (events: readonly RecordedEvent[]): string[] => events.map((e) => e.eventId);
const lastPosition = (events: readonly RecordedEvent[]): string | null =>
  events[events.length - 1]?.globalPosition ?? null;

describe('PostgresEventStore readAll under a late commit', () => {
  it('does not let a checkpoint pass an event whose transaction commits after a later one', async () => {
    const { store, writerA, writerB, tenantId } = given();
    const before = makeEvent({ tenantId });
    await store.appendToStream(uniqueStreamId('invoice', tenantId), [before], {
      expectedVersion: 'no-stream',
    });
    await writerA.query('BEGIN');
    const a = await appendInOpenTransaction(writerA, tenantId);
    await writerB.query('BEGIN');
    const b = await appendInOpenTransaction(writerB, tenantId);
    await writerB.query('COMMIT');

    // The bigserial handed A the lower number, but B committed first.
    expect(BigInt(a.position)).toBeLessThan(BigInt(b.position));
    const whileAIsOpen = await collect(store.readAll({ filter: { tenantId } }));
    const checkpoint = lastPosition(whileAIsOpen);
    expect(idsOf(whileAIsOpen)).toEqual([before.eventId]);
    expect(await store.headPosition()).toBe(checkpoint);
    // A reader keyed on the bigserial alone sees B but not A now, and checkpoints at B.
    const naiveWhileAIsOpen = await naiveRead(writerB, '0');
    expect(naiveWhileAIsOpen).toEqual([before.eventId, b.event.eventId]);

    await writerA.query('COMMIT');
    const afterCheckpoint = await collect(
      store.readAll({ after: checkpoint, filter: { tenantId } }),
    );

    expect(idsOf(afterCheckpoint)).toEqual([a.event.eventId, b.event.eventId]);
    expect(await store.headPosition()).toBe(lastPosition(afterCheckpoint));
    // ... and after A commits, reading on from B's position skips A for good.
    expect(await naiveRead(writerB, b.position)).toEqual([]);
  });

  it('holds back a committed event while an older transaction is still open', async () => {
    const { store, writerA, writerB, tenantId } = given();
    // A takes its transaction id first, B writes first and commits first, A writes and commits last.
    await writerA.query('BEGIN');
    await writerA.query('SELECT pg_current_xact_id()');
    await writerB.query('BEGIN');
    const b = await appendInOpenTransaction(writerB, tenantId);
    const a = await appendInOpenTransaction(writerA, tenantId);
    await writerB.query('COMMIT');

    expect(BigInt(b.position)).toBeLessThan(BigInt(a.position));
    const whileAIsOpen = await collect(store.readAll({ filter: { tenantId } }));
    const checkpoint = lastPosition(whileAIsOpen);
    // B is held back too: A's older transaction may still commit events before it.
    expect(whileAIsOpen).toEqual([]);

    await writerA.query('COMMIT');
    const afterCheckpoint = await collect(
      store.readAll({ after: checkpoint, filter: { tenantId } }),
    );
    expect(idsOf(afterCheckpoint)).toEqual([a.event.eventId, b.event.eventId]);
  });

  it('shows an event committed late to a reader that keeps polling from its checkpoint', async () => {
    const { store, writerA, tenantId } = given();
    await store.appendToStream(uniqueStreamId('invoice', tenantId), [makeEvent({ tenantId })], {
      expectedVersion: 'no-stream',
    });
    await writerA.query('BEGIN');
    const late = await appendInOpenTransaction(writerA, tenantId);
    const committed: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      const event = makeEvent({ tenantId });
      await store.appendToStream(uniqueStreamId('debtor', tenantId), [event], {
        expectedVersion: 'no-stream',
      });
      committed.push(event.eventId);
    }
    const seen: string[] = [];
    let checkpoint: string | null = null;
    const poll = async (): Promise<void> => {
      for await (const event of store.readAll({
        after: checkpoint,
        filter: { tenantId },
        batchSize: 2,
      })) {
        seen.push(event.eventId);
        checkpoint = event.globalPosition;
      }
    };

    await poll();
    await writerA.query('COMMIT');
    await poll();

    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(1)).toEqual([late.event.eventId, ...committed]);
  });
});
