import { EventIdReused, StoreUnavailable } from '@debiteur/eventstore';
import { collect, makeEvent, uniqueStreamId, uniqueTenantId } from '@debiteur/eventstore/testing';
import { Client, QueryResultRow, types } from 'pg';
import { openPostgresEventStore } from './open-postgres-stores';
import { PostgresEventStore } from './postgres-event-store';
import { schemaNames } from './schema-names';
import { TEST_SETTLE_MILLIS, usePostgresTestServer } from './testing';
import { findFreePort } from './testing/free-port';

const server = usePostgresTestServer();
let connectionString = '';
let schemas = 0;

beforeAll(async () => {
  connectionString = await server().createDatabase();
});

const freshSchema = (): string => `adapter_${(schemas += 1)}`;

/** Runs the test with a store in a fresh schema and closes it afterwards. */
const withStore = async (
  test: (store: PostgresEventStore, schema: string) => Promise<void>,
): Promise<void> => {
  const schema = freshSchema();
  const store = await openPostgresEventStore({
    connectionString,
    schema,
    settleMillis: TEST_SETTLE_MILLIS,
  });
  try {
    await test(store, schema);
  } finally {
    await store.close();
  }
};

const sql = async <R extends QueryResultRow = QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<R[]> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
};

describe('PostgresEventStore', () => {
  describe('appending concurrently', () => {
    it('writes a batch sent by many appenders at once one time and answers the others as a retry', () =>
      withStore(async (store) => {
        const tenantId = uniqueTenantId();
        const streamId = uniqueStreamId('invoice', tenantId);
        const batch = [makeEvent({ tenantId }), makeEvent({ tenantId })];

        const results = await Promise.all(
          Array.from({ length: 8 }, () =>
            store.appendToStream(streamId, batch, { expectedVersion: 'no-stream' }),
          ),
        );

        expect(results.filter((r) => !r.alreadyAppended)).toHaveLength(1);
        expect(new Set(results.map((r) => `${r.nextExpectedVersion}@${r.lastPosition}`)).size).toBe(
          1,
        );
        expect((await store.readStream(streamId)).map((e) => e.eventId)).toEqual(
          batch.map((e) => e.eventId),
        );
      }));

    it('gives an event id raced into several streams to one of them and EventIdReused to the rest', () =>
      withStore(async (store) => {
        const tenantId = uniqueTenantId();
        const streams = Array.from({ length: 6 }, () => uniqueStreamId('invoice', tenantId));
        const event = makeEvent({ tenantId });

        const outcomes = await Promise.allSettled(
          streams.map((streamId) =>
            store.appendToStream(streamId, [event], { expectedVersion: 'any' }),
          ),
        );

        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(EventIdReused);
        }
        const versions = await Promise.all(
          streams.map((streamId) => store.streamVersion(streamId)),
        );
        expect(versions.sort()).toEqual([0, 0, 0, 0, 0, 1]);
      }));
  });

  describe('refusing malformed appends', () => {
    it.each([
      ['an empty batch', [], 'any' as const],
      ['a negative expected version', [makeEvent()], -1],
      ['a fractional expected version', [makeEvent()], 1.5],
    ])('refuses %s', (_, events, expectedVersion) =>
      withStore(async (store) => {
        await expect(
          store.appendToStream(uniqueStreamId('invoice', 't'), events, { expectedVersion }),
        ).rejects.toBeInstanceOf(RangeError);
      }),
    );

    it('refuses a batch that repeats an event id', () =>
      withStore(async (store) => {
        const event = makeEvent();
        await expect(
          store.appendToStream(uniqueStreamId('invoice', 't'), [event, event], {
            expectedVersion: 'any',
          }),
        ).rejects.toBeInstanceOf(EventIdReused);
      }));

    it('refuses a checkpoint it did not hand out', () =>
      withStore(async (store) => {
        await expect(collect(store.readAll({ after: '42' }))).rejects.toBeInstanceOf(RangeError);
      }));
  });

  describe('reading all events', () => {
    it('keeps the global order where positions grow a digit', () =>
      withStore(async (store, schema) => {
        await sql(`SELECT setval('${schemaNames(schema).events}_position_seq', 9999999995)`);
        const tenantId = uniqueTenantId();
        const streams = [uniqueStreamId('invoice', tenantId), uniqueStreamId('debtor', tenantId)];
        const ids: string[] = [];
        for (let n = 0; n < 12; n += 1) {
          const event = makeEvent({ tenantId });
          await store.appendToStream(streams[n % 2] ?? '', [event], { expectedVersion: 'any' });
          ids.push(event.eventId);
        }

        const all = await collect(store.readAll({ batchSize: 5 }));

        expect(all.map((e) => e.eventId)).toEqual(ids);
        const positions = all.map((e) => e.globalPosition);
        expect([...positions].sort()).toEqual(positions);
        expect(new Set(positions).size).toBe(positions.length);
      }));

    it('reports recorded_at in UTC to the millisecond, rounded down, as the server formats it', () =>
      withStore(async (store, schema) => {
        const { events } = schemaNames(schema);
        const tenantId = uniqueTenantId();
        const streamId = uniqueStreamId('invoice', tenantId);
        const batch = Array.from({ length: 6 }, () => makeEvent({ tenantId }));
        await store.appendToStream(streamId, batch, { expectedVersion: 'no-stream' });
        // Two events share a time (as a batch does), the others do not; one is before 1970.
        const times = [
          '2026-11-23 18:20:29.403999+00',
          '2026-11-23 18:20:29.403999+00',
          '2026-11-23 19:20:29.4+01',
          '1969-12-31 23:59:59.999600+00',
          '2000-02-29 00:00:00+00',
          '2026-11-23 18:20:29.000001+00',
        ];
        for (const [index, time] of times.entries()) {
          await sql(`UPDATE ${events} SET recorded_at = $1 WHERE stream_version = $2`, [
            time,
            index + 1,
          ]);
        }
        const formatted = await sql<{ text: string }>(
          `SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS text
             FROM ${events} ORDER BY stream_version`,
        );

        const expected = formatted.map((row) => row.text);
        expect(expected).toEqual([
          '2026-11-23T18:20:29.403Z',
          '2026-11-23T18:20:29.403Z',
          '2026-11-23T18:20:29.400Z',
          '1969-12-31T23:59:59.999Z',
          '2000-02-29T00:00:00.000Z',
          '2026-11-23T18:20:29.000Z',
        ]);
        expect((await collect(store.readAll())).map((e) => e.recordedAt)).toEqual(expected);
        expect((await store.readStream(streamId)).map((e) => e.recordedAt)).toEqual(expected);
      }));

    it("writes an import's events once, each with its kept instant (no later UPDATE)", () =>
      withStore(async (store, schema) => {
        const { events } = schemaNames(schema);
        // A guard for this test only: any UPDATE of a stored event fails the append.
        await sql(`CREATE FUNCTION ${schema}.refuse_update() RETURNS trigger LANGUAGE plpgsql AS
                     $$ BEGIN RAISE EXCEPTION 'event % was updated', OLD.event_id; END $$`);
        await sql(`CREATE TRIGGER events_written_once BEFORE UPDATE ON ${events}
                     FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_update()`);
        const tenantId = uniqueTenantId();
        const streamId = uniqueStreamId('invoice', tenantId);
        const kept = ['2024-03-01T09:15:00.250Z', '2024-03-02T10:00:00.000Z'];
        const batch = [
          { ...makeEvent({ tenantId }), originallyRecordedAt: '2024-03-01T09:15:00.250Z' },
          { ...makeEvent({ tenantId }), originallyRecordedAt: '2024-03-02T11:00:00+01:00' },
          makeEvent({ tenantId }),
        ];

        const before = Date.now();
        await store.appendToStream(streamId, batch, { expectedVersion: 'no-stream' });

        const stored = await store.readStream(streamId);
        expect(stored.slice(0, 2).map((e) => e.recordedAt)).toEqual(kept);
        // The event without a kept instant is stamped by the store, as any append is.
        expect(Date.parse(stored[2]?.recordedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
      }));

    it('reads the same events whatever type parsers the process sets for node-postgres', () =>
      withStore(async (store) => {
        const tenantId = uniqueTenantId();
        const streamId = uniqueStreamId('invoice', tenantId);
        await store.appendToStream(streamId, [makeEvent({ tenantId }), makeEvent({ tenantId })], {
          expectedVersion: 'no-stream',
        });
        const read = async () => ({
          all: await collect(store.readAll()),
          stream: await store.readStream(streamId),
          head: await store.headPosition(),
        });
        const before = await read();
        const { INT8, INT4, JSONB, BOOL } = types.builtins;
        const oids = [INT8, INT4, JSONB, BOOL];
        const defaults = oids.map((oid) => types.getTypeParser(oid, 'text'));
        oids.forEach((oid) => types.setTypeParser(oid, 'text', (value: string) => `~${value}`));
        try {
          expect(await read()).toEqual(before);
        } finally {
          oids.forEach((oid, index) => types.setTypeParser(oid, 'text', defaults[index]));
        }
        expect(before.all.map((e) => e.streamVersion)).toEqual([1, 2]);
        expect(before.head).toBe(before.all[1]?.globalPosition);
      }));
  });

  describe('in separate schemas of one database', () => {
    it('keeps two stores apart', async () => {
      const [a, b] = [freshSchema(), freshSchema()];
      const storeA = await openPostgresEventStore({
        connectionString,
        schema: a,
        settleMillis: TEST_SETTLE_MILLIS,
      });
      const storeB = await openPostgresEventStore({
        connectionString,
        schema: b,
        settleMillis: TEST_SETTLE_MILLIS,
      });
      try {
        const event = makeEvent();
        await storeA.appendToStream('invoice:acme:1', [event], { expectedVersion: 'no-stream' });

        expect(await storeB.streamVersion('invoice:acme:1')).toBe(0);
        expect(await collect(storeB.readAll())).toEqual([]);
        expect(await storeB.headPosition()).toBeNull();
        const inB = await storeB.appendToStream('invoice:acme:1', [event], {
          expectedVersion: 'no-stream',
        });
        expect(inB.alreadyAppended).toBe(false);
      } finally {
        await Promise.all([storeA.close(), storeB.close()]);
      }
    });
  });

  describe('when PostgreSQL cannot be used', () => {
    it('reports StoreUnavailable when the server cannot be reached', async () => {
      const port = await findFreePort();
      await expect(
        openPostgresEventStore({
          connectionString: `postgres://postgres:x@127.0.0.1:${port}/postgres`,
          connectionTimeoutMillis: 2000,
        }),
      ).rejects.toBeInstanceOf(StoreUnavailable);
    });

    it('reports StoreUnavailable once closed', async () => {
      const store = await openPostgresEventStore({ connectionString, schema: freshSchema() });
      await store.close();

      await expect(
        store.appendToStream('invoice:acme:1', [makeEvent()], { expectedVersion: 'any' }),
      ).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.streamVersion('invoice:acme:1')).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(collect(store.readAll())).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.headPosition()).rejects.toBeInstanceOf(StoreUnavailable);
    });
  });
});
