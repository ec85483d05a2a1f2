import Database from 'better-sqlite3';
import {
  EventDecodeFailed,
  EventIdReused,
  ExpectedVersionConflict,
  StoreUnavailable,
} from '@debiteur/eventstore';
import { collect, makeEvent, uniqueStreamId, uniqueTenantId } from '@debiteur/eventstore/testing';
import { openSqliteEventStore, SqliteEventStore } from './sqlite-event-store';
import { TempFolder, tempFolder } from './testing/temp-folder';

const rejectionOf = (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('SqliteEventStore on a file', () => {
  let folder: TempFolder;
  const opened: SqliteEventStore[] = [];
  const open = (options: { busyTimeoutMs?: number; now?: () => Date } = {}): SqliteEventStore => {
    const store = openSqliteEventStore({ path: folder.path(), ...options });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    folder.remove();
  });

  describe('shared by two stores, as by two processes', () => {
    it('lets exactly one of their racing creates win', async () => {
      const [a, b] = [open(), open()];
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const attempts = Array.from({ length: 10 }, (_, i) =>
        (i % 2 === 0 ? a : b).appendToStream(streamId, [makeEvent({ tenantId })], {
          expectedVersion: 'no-stream',
        }),
      );

      const outcomes = await Promise.allSettled(attempts);
      const losers = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const loser of losers) expect(loser).toBeInstanceOf(ExpectedVersionConflict);
      expect(await a.readStream(streamId)).toEqual(await b.readStream(streamId));
      expect(await b.streamVersion(streamId)).toBe(1);
    });

    it('shows each what the other appended, in one global order', async () => {
      const [a, b] = [open(), open()];
      const tenantId = uniqueTenantId();
      const written: string[] = [];
      for (let n = 0; n < 6; n += 1) {
        const event = makeEvent({ tenantId });
        await (n % 2 === 0 ? a : b).appendToStream(`invoice:${tenantId}:${n % 3}`, [event], {
          expectedVersion: 'any',
        });
        written.push(event.eventId);
      }

      for (const store of [a, b]) {
        expect((await collect(store.readAll({ batchSize: 4 }))).map((e) => e.eventId)).toEqual(
          written,
        );
      }
    });
  });

  it('keeps every event across close and reopen', async () => {
    const first = open();
    const event = makeEvent();
    const appended = await first.appendToStream('invoice:t:1', [event], {
      expectedVersion: 'no-stream',
    });
    await first.close();

    const reopened = open();
    expect((await reopened.readStream('invoice:t:1')).map((e) => e.eventId)).toEqual([
      event.eventId,
    ]);
    expect(await reopened.headPosition()).toBe(appended.lastPosition);
  });

  it('stamps recordedAt from its clock at the append', async () => {
    const store = open({ now: () => new Date('2024-05-06T07:08:09.010Z') });
    await store.appendToStream('invoice:t:1', [makeEvent(), makeEvent()], {
      expectedVersion: 'no-stream',
    });

    expect((await store.readStream('invoice:t:1')).map((e) => e.recordedAt)).toEqual([
      '2024-05-06T07:08:09.010Z',
      '2024-05-06T07:08:09.010Z',
    ]);
  });

  it('is unavailable when another connection holds the write lock past the busy timeout', async () => {
    const store = open({ busyTimeoutMs: 50 });
    const other = new Database(folder.path());
    other.exec('BEGIN IMMEDIATE');
    try {
      const error = await rejectionOf(
        store.appendToStream('invoice:t:1', [makeEvent()], { expectedVersion: 'any' }),
      );
      expect(error).toBeInstanceOf(StoreUnavailable);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.streamVersion('invoice:t:1')).toBe(0);
  });

  it('is unavailable once closed', async () => {
    const store = open();
    await store.close();

    expect(await rejectionOf(store.streamVersion('invoice:t:1'))).toBeInstanceOf(StoreUnavailable);
    expect(await rejectionOf(collect(store.readAll()))).toBeInstanceOf(StoreUnavailable);
  });

  it('rejects a batch that repeats an event id, and writes none of it', async () => {
    const store = open();
    const event = makeEvent();
    const error = await rejectionOf(
      store.appendToStream('invoice:t:1', [makeEvent(), event, event], {
        expectedVersion: 'no-stream',
      }),
    );

    expect(error).toBeInstanceOf(EventIdReused);
    expect(error).toMatchObject({ eventId: event.eventId });
    expect(await store.streamVersion('invoice:t:1')).toBe(0);
  });

  it('rejects a checkpoint it did not hand out', async () => {
    const store = open();
    for (const after of ['-1', 'abc', '1.5', '99999999999999999999']) {
      expect(await rejectionOf(collect(store.readAll({ after })))).toBeInstanceOf(RangeError);
    }
  });

  it('reads positions beyond 2^53 exactly', async () => {
    const store = open();
    const db = new Database(folder.path());
    // AUTOINCREMENT continues from the sequence, as it would after 2^60 appends.
    db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('events', ?)").run(2n ** 60n);
    db.close();
    const first = await store.appendToStream('invoice:t:1', [makeEvent()], {
      expectedVersion: 'no-stream',
    });
    const second = await store.appendToStream('invoice:t:1', [makeEvent()], {
      expectedVersion: 1,
    });

    expect([first.lastPosition, second.lastPosition]).toEqual([
      String(2n ** 60n + 1n),
      String(2n ** 60n + 2n),
    ]);
    const rest = await collect(store.readAll({ after: first.lastPosition }));
    expect(rest.map((e) => e.globalPosition)).toEqual([second.lastPosition]);
  });

  it('reports a row it cannot decode as a decode failure', async () => {
    const store = open();
    await store.appendToStream('invoice:t:1', [makeEvent()], { expectedVersion: 'no-stream' });
    const db = new Database(folder.path());
    db.prepare("UPDATE events SET metadata = '{}'").run();
    db.close();

    expect(await rejectionOf(store.readStream('invoice:t:1'))).toBeInstanceOf(EventDecodeFailed);
  });
});
