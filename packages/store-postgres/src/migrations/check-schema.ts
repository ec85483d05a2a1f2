import { migrationStanding } from '@debiteur/eventstore';
import { Pool } from 'pg';
import { lackedToRead, rolePrivileges } from '../role-privileges';
import { SchemaNames, STORE_TABLES } from '../schema-names';
import { SchemaTooNew } from './migrate';
import { Migration } from './migration';
import { MIGRATIONS } from './migrations';

/**
 * A read-only open found the schema behind this release (or no store at all): a read never
 * migrates, so it refuses rather than read tables whose shape it was not tested against.
 */
export class SchemaNotMigrated extends Error {
  override readonly name = 'SchemaNotMigrated';
  constructor(
    readonly schema: string,
    readonly applied: number,
    readonly readsFrom: number,
  ) {
    super(
      `Schema ${schema} is at migration ${applied}${applied === 0 ? ' (no Debiteur tables)' : ''}` +
        `, and this release reads from migration ${readsFrom}: ` +
        'the service (or any write command) migrates it on its next start',
    );
  }
}

/**
 * Where a schema stands against the migrations this release knows: `current`, or the error
 * that refuses it. A read-only open accepts only the current schema: the reads are tested
 * against it alone (before migration 4, for one, `data` was `jsonb`). "At migration N" is
 * the last version up to which every known migration is applied.
 */
export const schemaStanding = (
  applied: ReadonlySet<number>,
  migrations: readonly Migration[],
  schema: string,
): 'current' | SchemaTooNew | SchemaNotMigrated => {
  const standing = migrationStanding(
    applied,
    migrations.map((m) => m.version),
  );
  switch (standing._tag) {
    case 'current':
      return 'current';
    case 'ahead':
      return new SchemaTooNew(schema, standing.applied, standing.known);
    case 'behind':
      return new SchemaNotMigrated(schema, standing.appliedUpTo, standing.readsFrom);
  }
};

/**
 * Checks, without writing, that the role may read the store and the schema is migrated to
 * this release: reads the role's privileges and the applied versions (no CREATE, no advisory
 * lock, so a role with SELECT alone may run it) and throws InsufficientPrivilege when the role
 * lacks USAGE on the schema or SELECT on a table of the store, else SchemaTooNew or
 * SchemaNotMigrated unless the schema is current.
 */
export const checkSchema = async (
  pool: Pool,
  names: SchemaNames,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> => {
  const privileges = await rolePrivileges(pool, names);
  const lacked = lackedToRead(privileges, names);
  if (lacked !== null) throw lacked;
  const applied = new Set<number>();
  if (privileges.tables.includes(STORE_TABLES.migrations)) {
    const { rows } = await pool.query<{ version: number }>(
      `SELECT version FROM ${names.migrations}`,
    );
    for (const row of rows) applied.add(row.version);
  }
  const standing = schemaStanding(applied, migrations, names.schemaName);
  if (standing !== 'current') throw standing;
};
