import type { Database } from 'better-sqlite3';
import { Migration } from './migration';
import { MIGRATIONS } from './migrations';

/** The file was migrated by a newer release than this one: refuse rather than guess. */
export class SchemaTooNew extends Error {
  override readonly name = 'SchemaTooNew';
  constructor(
    readonly path: string,
    readonly applied: number,
    readonly known: number,
  ) {
    super(`Database ${path} is at migration ${applied}; this release knows up to ${known}`);
  }
}

interface AppliedRow {
  readonly version: number;
}

/**
 * Brings the schema up to date: every missing migration in one IMMEDIATE transaction, so
 * processes that open the same file at once wait for each other (busy_timeout) instead of
 * racing, and a failed migration leaves nothing half-applied. Returns the versions applied;
 * reopening an up-to-date file applies none.
 */
export const migrate = (db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] =>
  db
    .transaction((): number[] => {
      db.exec(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version INTEGER PRIMARY KEY,
           name TEXT NOT NULL,
           applied_at TEXT NOT NULL
         ) STRICT`,
      );
      const applied = new Set(
        db
          .prepare<[], AppliedRow>('SELECT version FROM schema_migrations')
          .all()
          .map((row) => row.version),
      );
      const newestKnown = Math.max(0, ...migrations.map((m) => m.version));
      const newestApplied = Math.max(0, ...applied);
      if (newestApplied > newestKnown) throw new SchemaTooNew(db.name, newestApplied, newestKnown);

      const record = db.prepare<[number, string, string]>(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
      );
      const pending = migrations
        .filter((m) => !applied.has(m.version))
        .sort((a, b) => a.version - b.version);
      for (const migration of pending) {
        db.exec(migration.sql);
        record.run(migration.version, migration.name, new Date().toISOString());
      }
      return pending.map((m) => m.version);
    })
    .immediate();
