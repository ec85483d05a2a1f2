import Database from 'better-sqlite3';
import { makeEvent } from '@debiteur/eventstore/testing';
import { openSqliteEventStore } from '../sqlite-event-store';
import { useTempFolder } from '../testing/use-temp-folder';
import { migrate, SchemaTooNew } from './migrate';
import { Migration } from './migration';
import { MIGRATIONS } from './migrations';

const appliedVersions = (path: string): number[] => {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version')
      .all()
      .map((row) => row.version);
  } finally {
    db.close();
  }
};

const tableNames = (db: Database.Database): string[] =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
    .all()
    .map((row) => row.name);

describe('Schema migrations', () => {
  const folder = useTempFolder('sqlite', { per: 'test' });

  const knownVersions = MIGRATIONS.map((m) => m.version);

  it('creates the schema on first open and records every migration', async () => {
    const store = openSqliteEventStore({ path: folder.path() });
    await store.close();

    expect(appliedVersions(folder.path())).toEqual(knownVersions);
  });

  it('applies nothing again on reopen and keeps the events', async () => {
    const first = openSqliteEventStore({ path: folder.path() });
    const event = makeEvent();
    await first.appendToStream('invoice:t:1', [event], { expectedVersion: 'no-stream' });
    await first.close();

    const db = new Database(folder.path());
    expect(migrate(db)).toEqual([]);
    db.close();
    const reopened = openSqliteEventStore({ path: folder.path() });
    const events = await reopened.readStream('invoice:t:1');
    await reopened.close();

    expect(events.map((e) => e.eventId)).toEqual([event.eventId]);
    expect(appliedVersions(folder.path())).toEqual(knownVersions);
  });

  it('applies only the migrations added since the last open', () => {
    const db = new Database(folder.path());
    try {
      const [first, ...later] = MIGRATIONS;
      expect(migrate(db, first ? [first] : [])).toEqual([1]);
      expect(migrate(db)).toEqual(later.map((m) => m.version));
    } finally {
      db.close();
    }
  });

  it('refuses a file migrated by a newer release', () => {
    const db = new Database(folder.path());
    try {
      const future: Migration = { version: 999, name: 'from the future', sql: 'SELECT 1' };
      migrate(db, [...MIGRATIONS, future]);

      expect(() => migrate(db)).toThrow(SchemaTooNew);
    } finally {
      db.close();
    }
  });

  it('leaves nothing behind when a migration fails', () => {
    const db = new Database(folder.path());
    try {
      const broken: Migration = { version: 3, name: 'broken', sql: 'CREATE TABLE oops (' };

      expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
      expect(tableNames(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
