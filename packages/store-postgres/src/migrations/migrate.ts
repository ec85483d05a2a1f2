import { Pool } from 'pg';
import { SchemaNames } from '../schema-names';
import { withTransaction } from '../transaction';
import { Migration } from './migration';
import { MIGRATIONS } from './migrations';

// First key of the two-key advisory lock that guards migrations ('debt' in ASCII); the
// second is the schema's hash, so stores in different schemas migrate independently.
const MIGRATION_LOCK_CLASS = 0x64656274;

/** The schema was migrated by a newer release than this one: refuse rather than guess. */
export class SchemaTooNew extends Error {
  override readonly name = 'SchemaTooNew';
  constructor(
    readonly schema: string,
    readonly applied: number,
    readonly known: number,
  ) {
    super(`Schema ${schema} is at migration ${applied}; this release knows up to ${known}`);
  }
}

/**
 * Brings the schema up to date: all missing migrations in one transaction, under an
 * advisory lock, so processes that open the store at the same moment wait for each other
 * instead of racing, and a failed migration leaves nothing half-applied.
 * Returns the versions it applied.
 */
export const migrate = async (
  pool: Pool,
  names: SchemaNames,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> =>
  withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      MIGRATION_LOCK_CLASS,
      names.schemaName,
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${names.schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${names.migrations} (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>(
      `SELECT version FROM ${names.migrations}`,
    );
    const applied = new Set(rows.map((row) => row.version));
    const newestKnown = Math.max(0, ...migrations.map((m) => m.version));
    const newestApplied = Math.max(0, ...applied);
    if (newestApplied > newestKnown)
      throw new SchemaTooNew(names.schemaName, newestApplied, newestKnown);

    const pending = migrations
      .filter((m) => !applied.has(m.version))
      .sort((a, b) => a.version - b.version);
    for (const migration of pending) {
      for (const statement of migration.statements(names)) await client.query(statement);
      await client.query(`INSERT INTO ${names.migrations} (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
    return pending.map((m) => m.version);
  });
