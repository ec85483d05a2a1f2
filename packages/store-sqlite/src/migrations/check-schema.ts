import { migrationStanding } from '@debiteur/eventstore';
import type { Database } from 'better-sqlite3';
import { SchemaTooNew } from './migrate';
import { Migration } from './migration';
import { MIGRATIONS } from './migrations';

/**
 * A read-only open found the file behind this release (or holding no store at all): a read
 * never migrates, so it refuses rather than read tables whose shape it was not tested against.
 */
export class SchemaNotMigrated extends Error {
  override readonly name = 'SchemaNotMigrated';
  constructor(
    readonly path: string,
    readonly applied: number,
    readonly readsFrom: number,
  ) {
    super(
      `Database ${path} is at migration ${applied}${applied === 0 ? ' (no Debiteur tables)' : ''}` +
        `, and this release reads from migration ${readsFrom}: ` +
        'the service (or any write command) migrates it on its next start',
    );
  }
}

interface AppliedRow {
  readonly version: number;
}

const appliedVersions = (db: Database): Set<number> => {
  const table = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (table === undefined) return new Set();
  return new Set(
    db
      .prepare<[], AppliedRow>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
};

/**
 * Checks, with reads alone, that the file is migrated to this release, and throws
 * SchemaTooNew or SchemaNotMigrated unless it is. Only the current schema is accepted: the
 * reads are tested against it alone. "At migration N" is the last version up to which every
 * known migration is applied.
 */
export const checkSchema = (db: Database, migrations: readonly Migration[] = MIGRATIONS): void => {
  const standing = migrationStanding(
    appliedVersions(db),
    migrations.map((m) => m.version),
  );
  if (standing._tag === 'ahead') throw new SchemaTooNew(db.name, standing.applied, standing.known);
  if (standing._tag === 'behind') {
    throw new SchemaNotMigrated(db.name, standing.appliedUpTo, standing.readsFrom);
  }
};
