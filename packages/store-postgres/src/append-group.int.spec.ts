import {
  AppendResult,
  EventIdReused,
  EventToAppend,
  ExpectedVersion,
  ExpectedVersionConflict,
} from '@debiteur/eventstore';
import {
  collect,
  describeEventStoreContract,
  makeEvent,
  uniqueStreamId,
  uniqueTenantId,
} from '@debiteur/eventstore/testing';
import { Client, DatabaseError } from 'pg';
import { appendSql } from './append-sql';
import { decodePosition } from './global-position';
import { openPostgresEventStore } from './open-postgres-stores';
import { appendWithin } from './postgres-append';
import { PostgresEventStore } from './postgres-event-store';
import { schemaNames } from './schema-names';
import { TEST_SETTLE_MILLIS, usePostgresTestServer } from './testing';

jest.setTimeout(30_000);

const server = usePostgresTestServer();
let connectionString = '';
let schemas = 0;

beforeAll(async () => {
  connectionString = await server().createDatabase();
});

const settle = <T>(attempt: Promise<T>): Promise<PromiseSettledResult<T>> =>
  Promise.allSettled([attempt]).then(([outcome]) => outcome as PromiseSettledResult<T>);

const transactionOf = (result: AppendResult): string =>
  decodePosition(result.lastPosition).transactionId;

const fulfilled = <T>(outcomes: readonly PromiseSettledResult<T>[]): T[] =>
  outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));

/** Runs SQL on a connection of its own (the test's, not the store's). */
const sql = async (text: string, values: unknown[] = []): Promise<void> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
};

describe('PostgresEventStore with appendsInOneCommit (group commit)', () => {
  const opened: PostgresEventStore[] = [];
  let schema = '';
  const open = async (appendsInOneCommit = 16): Promise<PostgresEventStore> => {
    const store = await openPostgresEventStore({
      connectionString,
      schema,
      settleMillis: TEST_SETTLE_MILLIS,
      appendsInOneCommit,
    });
    opened.push(store);
    return store;
  };
  const tenantId = uniqueTenantId();
  const stream = (): string => uniqueStreamId('invoice', tenantId);
  const appendOne = (
    store: PostgresEventStore,
    streamId: string,
    expectedVersion: ExpectedVersion,
    event: EventToAppend = makeEvent({ tenantId }),
  ) => store.appendToStream(streamId, [event], { expectedVersion });

  /** A connection of the test's own, in a transaction that holds the stream's lock. */
  const holdingStreamLock = async (streamId: string): Promise<Client> => {
    const holder = new Client({ connectionString });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))`, [
      schema,
      streamId,
    ]);
    return holder;
  };

  beforeEach(() => {
    schema = `grouped_${(schemas += 1)}`;
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it('offers the group size only when asked for it', async () => {
    expect((await open(32)).appendsInOneCommit).toBe(32);
    const plain = await openPostgresEventStore({ connectionString, schema });
    opened.push(plain);
    expect(plain.appendsInOneCommit).toBeUndefined();
  });

  it('commits the appends of one turn in one transaction, in the order made, across streams', async () => {
    const store = await open();
    const streams = Array.from({ length: 10 }, stream);

    const results = await Promise.all(streams.map((id) => appendOne(store, id, 'no-stream')));

    expect(results.map((r) => [r.nextExpectedVersion, r.alreadyAppended])).toEqual(
      streams.map(() => [1, false]),
    );
    expect(new Set(results.map(transactionOf)).size).toBe(1);
    const read = await collect(store.readAll());
    expect(read.map((e) => e.streamId)).toEqual(streams);
    expect(read.map((e) => e.globalPosition)).toEqual(results.map((r) => r.lastPosition));
  });

  it('commits at most the group size per transaction, groups in the order made', async () => {
    const store = await open(4);
    const streams = Array.from({ length: 10 }, stream);

    const results = await Promise.all(streams.map((id) => appendOne(store, id, 'any')));

    const transactions = results.map(transactionOf);
    expect(transactions.map((t) => transactions.indexOf(t))).toEqual([
      0, 0, 0, 0, 4, 4, 4, 4, 8, 8,
    ]);
    expect((await collect(store.readAll())).map((e) => e.streamId)).toEqual(streams);
  });

  it('refuses only the append that conflicts, with the version it found, and writes nothing of it', async () => {
    const store = await open();
    const streams = Array.from({ length: 5 }, stream);

    const outcomes = await Promise.all(
      streams.map((id, i) => settle(appendOne(store, id, i === 2 ? 7 : 'no-stream'))),
    );

    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const refused = outcomes[2];
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(
      ExpectedVersionConflict,
    );
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({
      expected: 7,
      actual: 0,
    });
    expect(await store.streamVersion(streams[2] ?? '')).toBe(0);
    expect(new Set(fulfilled(outcomes).map(transactionOf)).size).toBe(1);
  });

  it('answers a repeat of stored event ids as a no-op, as alone, and refuses a reused id', async () => {
    const store = await open();
    const [original, elsewhere, fresh] = [stream(), stream(), stream()];
    const event = makeEvent({ tenantId });
    const first = await appendOne(store, original, 'no-stream', event);

    const [retry, reuse, other] = await Promise.all([
      settle(appendOne(store, original, 'no-stream', event)),
      settle(appendOne(store, elsewhere, 'no-stream', event)),
      settle(appendOne(store, fresh, 'no-stream')),
    ]);

    expect(retry?.status === 'fulfilled' && retry.value).toEqual({
      ...first,
      alreadyAppended: true,
    });
    expect(reuse?.status === 'rejected' && reuse.reason).toBeInstanceOf(EventIdReused);
    expect(other?.status).toBe('fulfilled');
    expect(await store.streamVersion(original)).toBe(1);
    expect(await store.streamVersion(elsewhere)).toBe(0);
  });

  it('makes appends to one stream in one group as if made one after another', async () => {
    const store = await open();
    const id = stream();

    const outcomes = await Promise.all([
      settle(appendOne(store, id, 'no-stream')),
      settle(appendOne(store, id, 'no-stream')),
      settle(appendOne(store, id, 1)),
      settle(appendOne(store, id, 'stream-exists')),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(fulfilled(outcomes).map((r) => r.nextExpectedVersion)).toEqual([1, 2, 3]);
    expect((await store.readStream(id)).map((e) => e.globalPosition)).toEqual(
      fulfilled(outcomes).map((r) => r.lastPosition),
    );
  });

  it('refuses alone an append the server fails, and writes nothing of it', async () => {
    const store = await open();
    const names = schemaNames(schema);
    await sql(`CREATE FUNCTION ${names.schema}.refuse_marked() RETURNS trigger LANGUAGE plpgsql
                 AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await sql(`CREATE TRIGGER refuse_marked BEFORE INSERT ON ${names.events} FOR EACH ROW
                 WHEN (NEW.type = 'RefusedByServer') EXECUTE FUNCTION ${names.schema}.refuse_marked()`);
    const streams = Array.from({ length: 4 }, stream);

    const outcomes = await Promise.all(
      streams.map((id, i) =>
        settle(
          appendOne(
            store,
            id,
            'no-stream',
            makeEvent({ tenantId, ...(i === 1 ? { type: 'RefusedByServer' } : {}) }),
          ),
        ),
      ),
    );

    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const refused = outcomes[1];
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(DatabaseError);
    expect(await store.streamVersion(streams[1] ?? '')).toBe(0);
    expect(new Set(fulfilled(outcomes).map(transactionOf)).size).toBe(1);
    expect((await collect(store.readAll())).map((e) => e.streamId)).toEqual([
      streams[0],
      streams[2],
      streams[3],
    ]);
  });

  it('refuses every append of a group whose COMMIT fails, and writes none', async () => {
    const store = await open();
    const names = schemaNames(schema);
    await sql(`CREATE FUNCTION ${names.schema}.refuse_at_commit() RETURNS trigger LANGUAGE plpgsql
                 AS $$ BEGIN RAISE EXCEPTION 'refused at commit by the test'; END $$`);
    await sql(`CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON ${names.events}
                 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                 WHEN (NEW.type = 'RefusedAtCommit') EXECUTE FUNCTION ${names.schema}.refuse_at_commit()`);
    const streams = Array.from({ length: 3 }, stream);

    const outcomes = await Promise.all(
      streams.map((id, i) =>
        settle(
          appendOne(
            store,
            id,
            'no-stream',
            makeEvent({ tenantId, ...(i === 1 ? { type: 'RefusedAtCommit' } : {}) }),
          ),
        ),
      ),
    );

    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const id of streams) expect(await store.streamVersion(id)).toBe(0);
    // Each made again alone, only the marked one is refused.
    const again: string[] = [];
    for (const [i, id] of streams.entries()) {
      const event = makeEvent({ tenantId, ...(i === 1 ? { type: 'RefusedAtCommit' } : {}) });
      again.push((await settle(appendOne(store, id, 'no-stream', event))).status);
    }
    expect(again).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('takes its streams’ locks before its first write, so a stream’s transaction ids rise with its versions', async () => {
    const store = await open();
    const names = schemaNames(schema);
    const [first, contended] = [stream(), stream()];
    const writer = new Client({ connectionString });
    await writer.connect();
    try {
      // Another appender holds the stream lock and has not written yet (no transaction id).
      await writer.query('BEGIN');
      await writer.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))`, [
        schema,
        contended,
      ]);
      const group = Promise.all([
        appendOne(store, first, 'no-stream'),
        appendOne(store, contended, 1),
      ]);
      await waitForLockWait(writer);
      const theirs = await appendWithin(writer, appendSql(names), {
        streamId: contended,
        events: [makeEvent({ tenantId })],
        expectedVersion: 'no-stream',
      });
      await writer.query('COMMIT');

      const [, ours] = await group;

      const read = (await collect(store.readAll())).filter((e) => e.streamId === contended);
      expect(read.map((e) => [e.streamVersion, e.globalPosition])).toEqual([
        [1, theirs.lastPosition],
        [2, ours.lastPosition],
      ]);
    } finally {
      await writer.end();
    }
  });

  it('refuses every append of a group that cannot have a stream lock in time', async () => {
    const store = await open();
    const [free, held] = [stream(), stream()];
    const holder = await holdingStreamLock(held);
    try {
      const outcomes = await Promise.all([
        settle(appendOne(store, free, 'no-stream')),
        settle(appendOne(store, held, 'no-stream')),
      ]);

      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      expect(await store.streamVersion(free)).toBe(0);
    } finally {
      await holder.end();
    }
  });

  it('refuses every append of a group whose connection is lost, and goes on with a new one', async () => {
    const store = await open();
    const [free, held] = [stream(), stream()];
    const holder = await holdingStreamLock(held);
    try {
      const group = Promise.all([
        settle(appendOne(store, free, 'no-stream')),
        settle(appendOne(store, held, 'no-stream')),
      ]);
      await waitForLockWait(holder);

      // The group's backend, waiting for the stream lock, ended as a server restart ends it.
      await holder.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks
          WHERE locktype = 'advisory' AND NOT granted AND pid <> pg_backend_pid()`,
      );
      const outcomes = await group;

      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      await holder.query('ROLLBACK');
      expect(await store.streamVersion(free)).toBe(0);
      await expect(appendOne(store, free, 'no-stream')).resolves.toMatchObject({
        nextExpectedVersion: 1,
      });
    } finally {
      await holder.end();
    }
  });

  it('refuses every append of a group that waits too long for an event id another transaction holds', async () => {
    const store = await open();
    const names = schemaNames(schema);
    const [theirs, free, ours] = [stream(), stream(), stream()];
    const contested = makeEvent({ tenantId });
    const holder = new Client({ connectionString });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await appendWithin(holder, appendSql(names), {
        streamId: theirs,
        events: [contested],
        expectedVersion: 'no-stream',
      });

      // The second append's event id waits on the holder's uncommitted row past the lock
      // timeout: refused alone, it would be made again after the third, out of order.
      const outcomes = await Promise.all([
        settle(appendOne(store, free, 'no-stream')),
        settle(appendOne(store, ours, 'no-stream', contested)),
        settle(appendOne(store, stream(), 'no-stream')),
      ]);

      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(await store.streamVersion(free)).toBe(0);
    } finally {
      await holder.end();
    }
  });

  it('lets the appends already made settle before it closes', async () => {
    const store = await open();
    const id = stream();

    const pending = appendOne(store, id, 'no-stream');
    await store.close();

    await expect(pending).resolves.toMatchObject({ nextExpectedVersion: 1 });
  });
});

/** Waits until some session waits for an advisory lock. */
const waitForLockWait = async (client: Client): Promise<void> => {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await client.query<{ waiting: number }>(
      `SELECT count(*)::integer AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
    );
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('No session waited for the advisory lock');
};

// Every behaviour of the port holds for appends made in groups too.
describeEventStoreContract('PostgresEventStore with appendsInOneCommit', {
  create: () =>
    openPostgresEventStore({
      connectionString,
      schema: `grouped_contract_${(schemas += 1)}`,
      settleMillis: TEST_SETTLE_MILLIS,
      appendsInOneCommit: 8,
    }),
});
