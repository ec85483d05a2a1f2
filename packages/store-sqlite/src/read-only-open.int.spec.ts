import Database from 'better-sqlite3';
import { collect, makeEvent, uniqueStreamId } from '@debiteur/eventstore/testing';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SchemaNotMigrated } from './migrations/check-schema';
import { migrate, SchemaTooNew } from './migrations/migrate';
import { MIGRATIONS } from './migrations/migrations';
import { openDatabase } from './open-database';
import { openSqliteEventStore, SqliteEventStore } from './sqlite-event-store';
import { openSqliteProjectionStore } from './sqlite-projection-store';
import { useTempFolder } from './testing/use-temp-folder';

const NEWEST = Math.max(...MIGRATIONS.map((m) => m.version));
const EVENTS = 1_200;
const PAGE = 100;

/** The schema as SQLite records it, and the migrations the file says it has. */
const schemaOf = (path: string): unknown => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const objects = db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    const hasMigrations = objects.some(
      (object) => (object as { name: string }).name === 'schema_migrations',
    );
    const applied = hasMigrations
      ? db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()
      : null;
    return { objects, applied, journalMode: db.pragma('journal_mode', { simple: true }) };
  } finally {
    db.close();
  }
};

/** Appends `count` events over three streams, concurrently: group commit writes them. */
const appendEvents = async (store: SqliteEventStore, count: number): Promise<string[]> => {
  const streams = ['a', 'b', 'c'].map(() => uniqueStreamId('invoice', 'acme'));
  const events = Array.from({ length: count }, (_, n) => makeEvent({ data: { n } }));
  await Promise.all(
    events.map((event, n) =>
      store.appendToStream(streams[n % 3] ?? '', [event], { expectedVersion: 'any' }),
    ),
  );
  const ids: string[] = [];
  for await (const event of store.readAll()) ids.push(event.eventId);
  return ids.slice(-count);
};

const readOnly = (path: string) => ({ path, readOnly: true });

describe('Opening a SQLite file to read only', () => {
  const folder = useTempFolder('sqlite-read-only', { per: 'test' });

  describe('a file at this release, closed by its writer', () => {
    let path: string;
    let appended: string[];
    beforeEach(async () => {
      path = folder.path('books.db');
      const store = openSqliteEventStore({ path });
      appended = await appendEvents(store, EVENTS);
      await store.close();
      const projections = openSqliteProjectionStore({ path });
      await projections.commit('aging', { checkpoint: '1200', state: { n: 1 } });
      await projections.close();
    });

    it('reads every event, the bulk read ahead on its thread included, and writes nothing', async () => {
      const bytes = readFileSync(path);
      const schema = schemaOf(path);
      const events = openSqliteEventStore(readOnly(path));
      const projections = openSqliteProjectionStore(readOnly(path));
      try {
        const pages = await collect(events.readAllPages({ batchSize: PAGE }));
        expect(pages).toHaveLength(EVENTS / PAGE);
        expect(pages.flat().map((event) => event.eventId)).toEqual(appended);
        expect(await events.countAll()).toBe(EVENTS);
        expect(await events.readStream(pages[0]?.[0]?.streamId ?? '')).toHaveLength(EVENTS / 3);
        expect(await projections.load('aging')).toEqual({ checkpoint: '1200', state: { n: 1 } });
      } finally {
        await events.close();
        await projections.close();
      }

      expect(readFileSync(path).equals(bytes)).toBe(true);
      expect(schemaOf(path)).toEqual(schema);
    });

    it('fails every write through its connection with SQLITE_READONLY, and the file stays as it was', async () => {
      const bytes = readFileSync(path);
      const events = openSqliteEventStore(readOnly(path));
      const projections = openSqliteProjectionStore(readOnly(path));
      const readOnlyFault = {
        name: 'StoreUnavailable',
        cause: expect.objectContaining({ code: 'SQLITE_READONLY' }),
      };
      try {
        await expect(
          events.appendToStream('invoice:acme:new', [makeEvent()], {
            expectedVersion: 'no-stream',
          }),
        ).rejects.toMatchObject(readOnlyFault);
        await expect(
          projections.commit('aging', { checkpoint: '0', state: {} }),
        ).rejects.toMatchObject(readOnlyFault);
        await expect(projections.reset('aging')).rejects.toMatchObject(readOnlyFault);
        expect(await events.countAll()).toBe(EVENTS);
      } finally {
        await events.close();
        await projections.close();
      }

      expect(readFileSync(path).equals(bytes)).toBe(true);
    });
  });

  it('reads a WAL a writer still holds open, and sees its later commits', async () => {
    const path = folder.path('live.db');
    const writer = openSqliteEventStore({ path });
    const reader = openSqliteEventStore(readOnly(path));
    try {
      const first = await appendEvents(writer, 300);
      const seen = await collect(reader.readAllPages({ batchSize: 50 }));
      expect(seen.flat().map((event) => event.eventId)).toEqual(first);
      const later = await appendEvents(writer, 300);
      const all = await collect(reader.readAllPages({ batchSize: 50 }));
      expect(all.flat().map((event) => event.eventId)).toEqual([...first, ...later]);
      expect(await reader.countAll()).toBe(600);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('refuses a file behind this release, and leaves it unchanged', async () => {
    const path = folder.path('behind.db');
    const db = openDatabase(path);
    migrate(db, MIGRATIONS.slice(0, NEWEST - 1));
    db.close();
    const bytes = readFileSync(path);
    const schema = schemaOf(path);

    for (const open of [openSqliteEventStore, openSqliteProjectionStore]) {
      let refusal: unknown = null;
      try {
        await open(readOnly(path)).close();
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(SchemaNotMigrated);
      expect(refusal).toMatchObject({ path, applied: NEWEST - 1, readsFrom: NEWEST });
    }

    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(schemaOf(path)).toEqual(schema);
  });

  it('refuses a file that holds no store (an empty file) as at migration 0, and leaves it empty', () => {
    const path = folder.path('empty.db');
    writeFileSync(path, '');

    expect(() => openSqliteEventStore(readOnly(path))).toThrow(
      expect.objectContaining({ name: 'SchemaNotMigrated', applied: 0, readsFrom: NEWEST }),
    );
    expect(readFileSync(path)).toHaveLength(0);
  });

  it('refuses a file a newer release migrated further with SchemaTooNew', () => {
    const path = folder.path('newer.db');
    const db = openDatabase(path);
    migrate(db, [...MIGRATIONS, { version: NEWEST + 1, name: 'from the future', sql: '' }]);
    db.close();

    expect(() => openSqliteEventStore(readOnly(path))).toThrow(SchemaTooNew);
  });

  it('refuses a file that is not there, and creates none', () => {
    const path = folder.path('missing.db');

    expect(() => openSqliteEventStore(readOnly(path))).toThrow(
      expect.objectContaining({ name: 'StoreUnavailable' }),
    );
    expect(existsSync(path)).toBe(false);
  });
});
