import Database from 'better-sqlite3';
import {
  AppendResult,
  EventIdReused,
  ExpectedVersion,
  ExpectedVersionConflict,
  StoreUnavailable,
} from '@debiteur/eventstore';
import { collect, makeEvent, uniqueStreamId, uniqueTenantId } from '@debiteur/eventstore/testing';
import { openSqliteEventStore, SqliteEventStore } from './sqlite-event-store';
import { TempFolder, tempFolder } from './testing/temp-folder';

const settle = <T>(attempt: Promise<T>): Promise<PromiseSettledResult<T>> =>
  Promise.allSettled([attempt]).then(([outcome]) => outcome as PromiseSettledResult<T>);

const positionsOf = (results: readonly AppendResult[]): bigint[] =>
  results.map((result) => BigInt(result.lastPosition));

describe('SqliteEventStore group commit', () => {
  let folder: TempFolder;
  let commits: number[];
  const opened: SqliteEventStore[] = [];
  const open = (options: { busyTimeoutMs?: number; maxGroupSize?: number } = {}) => {
    const store = openSqliteEventStore({
      path: folder.path(),
      onGroupCommitted: (appends) => commits.push(appends),
      ...options,
    });
    opened.push(store);
    return store;
  };
  const tenantId = uniqueTenantId();
  const stream = (): string => uniqueStreamId('invoice', tenantId);
  const appendOne = (store: SqliteEventStore, streamId: string, expected: ExpectedVersion) =>
    store.appendToStream(streamId, [makeEvent({ tenantId })], { expectedVersion: expected });

  beforeEach(() => {
    folder = tempFolder();
    commits = [];
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    folder.remove();
  });

  it('commits appends issued in one turn in one transaction, each with its own result', async () => {
    const store = open();
    const streams = Array.from({ length: 10 }, stream);

    const results = await Promise.all(streams.map((id) => appendOne(store, id, 'no-stream')));

    expect(commits).toEqual([10]);
    expect(results.map((r) => [r.nextExpectedVersion, r.alreadyAppended])).toEqual(
      streams.map(() => [1, false]),
    );
    const first = positionsOf(results)[0] ?? 0n;
    expect(positionsOf(results)).toEqual(streams.map((_, i) => first + BigInt(i)));
    for (const [i, id] of streams.entries()) {
      expect((await store.readStream(id)).map((e) => e.globalPosition)).toEqual([
        results[i]?.lastPosition,
      ]);
    }
  });

  it('rejects only the append that conflicts, with the version it found', async () => {
    const store = open();
    const streams = Array.from({ length: 5 }, stream);

    const outcomes = await Promise.all(
      streams.map((id, i) => settle(appendOne(store, id, i === 2 ? 7 : 'no-stream'))),
    );

    expect(commits).toEqual([5]);
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
    const appended = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const first = positionsOf(appended)[0] ?? 0n;
    expect(positionsOf(appended)).toEqual([0n, 1n, 2n, 3n].map((n) => first + n));
  });

  it('answers a retry and refuses a reused event id within one group as it would alone', async () => {
    const store = open();
    const [original, elsewhere] = [stream(), stream()];
    const event = makeEvent({ tenantId });

    const [first, retry, reuse] = await Promise.all([
      settle(store.appendToStream(original, [event], { expectedVersion: 'no-stream' })),
      settle(store.appendToStream(original, [event], { expectedVersion: 'no-stream' })),
      settle(store.appendToStream(elsewhere, [event], { expectedVersion: 'no-stream' })),
    ]);

    expect(commits).toEqual([3]);
    expect(first?.status === 'fulfilled' && first.value.alreadyAppended).toBe(false);
    expect(retry?.status === 'fulfilled' && retry.value).toEqual({
      ...(first?.status === 'fulfilled' ? first.value : {}),
      alreadyAppended: true,
    });
    expect(reuse?.status === 'rejected' && reuse.reason).toBeInstanceOf(EventIdReused);
    expect(await store.streamVersion(elsewhere)).toBe(0);
  });

  describe('appends to one stream in one group', () => {
    it('let one of two creates win and tell the other the version it made', async () => {
      const store = open();
      const id = stream();

      const [winner, loser] = await Promise.all([
        settle(appendOne(store, id, 'no-stream')),
        settle(appendOne(store, id, 'no-stream')),
      ]);

      expect(commits).toEqual([2]);
      expect(winner?.status === 'fulfilled' && winner.value.nextExpectedVersion).toBe(1);
      expect(loser?.status === 'rejected' && loser.reason).toBeInstanceOf(ExpectedVersionConflict);
      expect(loser?.status === 'rejected' && loser.reason).toMatchObject({ actual: 1 });
      expect(await store.readStream(id)).toHaveLength(1);
    });

    it('see each other as sequential appends would', async () => {
      const store = open();
      const id = stream();

      const results = await Promise.all([
        appendOne(store, id, 'no-stream'),
        appendOne(store, id, 1),
        appendOne(store, id, 'any'),
        appendOne(store, id, 'stream-exists'),
      ]);

      expect(commits).toEqual([4]);
      expect(results.map((r) => r.nextExpectedVersion)).toEqual([1, 2, 3, 4]);
      expect((await store.readStream(id)).map((e) => e.globalPosition)).toEqual(
        results.map((r) => r.lastPosition),
      );
    });
  });

  it('commits at most maxGroupSize appends per transaction, in call order across groups', async () => {
    const store = open({ maxGroupSize: 4 });
    // What an import relies on to make that many appends at once (appendsInOneCommit).
    expect(store.appendsInOneCommit).toBe(4);

    const results = await Promise.all(
      Array.from({ length: 10 }, () => appendOne(store, stream(), 'any')),
    );

    expect(commits).toEqual([4, 4, 2]);
    const first = positionsOf(results)[0] ?? 0n;
    expect(positionsOf(results)).toEqual(results.map((_, i) => first + BigInt(i)));
  });

  it('resolves an append only once another connection can read it', async () => {
    const store = open();
    const other = new Database(folder.path(), { readonly: true });
    const countRows = other.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events');
    try {
      const seenAtResolve = await Promise.all(
        Array.from({ length: 3 }, () =>
          appendOne(store, stream(), 'no-stream').then(() => countRows.get()?.n),
        ),
      );

      expect(seenAtResolve).toEqual([3, 3, 3]);
    } finally {
      other.close();
    }
  });

  it('lets a read issued while appends wait see only what is committed', async () => {
    const store = open();
    const id = stream();

    const pending = appendOne(store, id, 'no-stream');
    const before = await store.readStream(id);
    await pending;

    expect(before).toEqual([]);
    expect(await store.readStream(id)).toHaveLength(1);
  });

  it('rejects every append of a group whose transaction cannot start, and writes none', async () => {
    const store = open({ busyTimeoutMs: 50 });
    const other = new Database(folder.path());
    const streams = Array.from({ length: 3 }, stream);
    other.exec('BEGIN IMMEDIATE');
    let outcomes: PromiseSettledResult<AppendResult>[];
    try {
      outcomes = await Promise.all(streams.map((id) => settle(appendOne(store, id, 'any'))));
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }

    expect(commits).toEqual([]);
    for (const outcome of outcomes) {
      expect(outcome.status === 'rejected' && outcome.reason).toBeInstanceOf(StoreUnavailable);
    }
    expect(await collect(store.readAll())).toEqual([]);
  });

  it('commits the appends still queued when it is closed', async () => {
    const store = open();
    const id = stream();

    const pending = appendOne(store, id, 'no-stream');
    await store.close();

    expect((await pending).nextExpectedVersion).toBe(1);
    expect(await open().streamVersion(id)).toBe(1);
  });
});
