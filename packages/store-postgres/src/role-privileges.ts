import { Client, escapeIdentifier, Pool } from 'pg';
import { isInsufficientPrivilege } from './driver-errors';
import { InsufficientPrivilege, StoreAccess } from './insufficient-privilege';
import { SchemaNames, STORE_TABLES } from './schema-names';

/** What the connected role may do in the store's database and schema, read from the catalogs. */
export interface RolePrivileges {
  readonly role: string;
  readonly database: string;
  readonly createInDatabase: boolean;
  /** True also when the schema does not exist: then nothing in it is refused. */
  readonly usage: boolean;
  readonly createInSchema: boolean;
  /**
   * The store's tables that exist in the schema, and those of them the role may not SELECT
   * (neither the table nor each of its columns).
   */
  readonly tables: readonly string[];
  readonly unreadable: readonly string[];
}

const TABLES: readonly string[] = Object.values(STORE_TABLES);

// The has_*_privilege functions and the catalogs need no privilege of their own, so this
// answers for a role that may read nothing of the store (and for a schema that is missing).
// A table is readable with SELECT on it or on each of its columns: the store's queries
// name no system column, so column grants on them all let every query run.
const PRIVILEGES_QUERY = `
  SELECT current_user AS role,
         current_database() AS database,
         has_database_privilege(current_database(), 'CREATE') AS create_in_database,
         coalesce(has_schema_privilege(n.oid, 'USAGE'), true) AS usage,
         coalesce(has_schema_privilege(n.oid, 'CREATE'), true) AS create_in_schema,
         ARRAY(SELECT t.name FROM unnest($2::text[]) WITH ORDINALITY AS t (name, i)
                 JOIN pg_class AS c ON c.relnamespace = n.oid AND c.relname = t.name
                ORDER BY t.i) AS tables,
         ARRAY(SELECT t.name FROM unnest($2::text[]) WITH ORDINALITY AS t (name, i)
                 JOIN pg_class AS c ON c.relnamespace = n.oid AND c.relname = t.name
                WHERE NOT has_table_privilege(c.oid, 'SELECT')
                  AND EXISTS (SELECT FROM pg_attribute AS a
                               WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                 AND NOT has_column_privilege(c.oid, a.attnum, 'SELECT'))
                ORDER BY t.i) AS unreadable
    FROM (SELECT $1::text AS name) AS wanted
    LEFT JOIN pg_namespace AS n ON n.nspname = wanted.name`;

interface PrivilegesRow {
  readonly role: string;
  readonly database: string;
  readonly create_in_database: boolean;
  readonly usage: boolean;
  readonly create_in_schema: boolean;
  readonly tables: string[];
  readonly unreadable: string[];
}

/** Reads what the pool's role may do with the store in `names`' schema, writing nothing. */
export const rolePrivileges = async (pool: Pool, names: SchemaNames): Promise<RolePrivileges> => {
  const { rows } = await pool.query<PrivilegesRow>(PRIVILEGES_QUERY, [names.schemaName, TABLES]);
  const row = rows[0];
  if (row === undefined) throw new Error('The privileges query returned no row');
  return {
    role: row.role,
    database: row.database,
    createInDatabase: row.create_in_database,
    usage: row.usage,
    createInSchema: row.create_in_schema,
    tables: row.tables,
    unreadable: row.unreadable,
  };
};

/**
 * What a role needs to read the store, as docs/stores.md grants it: USAGE on the schema and
 * SELECT on every table of the store there (or on every column of it). Null when it has them all.
 */
export const lackedToRead = (
  privileges: RolePrivileges,
  names: SchemaNames,
): InsufficientPrivilege | null => {
  const { role, usage, unreadable } = privileges;
  const schema = names.schemaName;
  const lacks = [
    ...(usage ? [] : [`USAGE on schema ${schema}`]),
    ...unreadable.map((table) => `SELECT on table ${schema}.${table}`),
  ];
  if (lacks.length === 0) return null;
  const to = escapeIdentifier(role);
  const inSchema = escapeIdentifier(schema);
  return new InsufficientPrivilege(role, 'read', lacks, [
    ...(usage ? [] : [`GRANT USAGE ON SCHEMA ${inSchema} TO ${to}`]),
    ...(unreadable.length === 0
      ? []
      : [`GRANT SELECT ON ALL TABLES IN SCHEMA ${inSchema} TO ${to}`]),
  ]);
};

/**
 * Explains why migrating was refused: the CREATEs that `CREATE … IF NOT EXISTS` needs also
 * when the schema and its tables exist, and reading the applied migrations. The original
 * error when none of those is lacking (a pending migration may need to own a table).
 */
export const migrateRefusal = async (
  pool: Pool,
  names: SchemaNames,
  refusal: unknown,
): Promise<unknown> => {
  if (!isInsufficientPrivilege(refusal)) return refusal;
  let privileges: RolePrivileges;
  try {
    privileges = await rolePrivileges(pool, names);
  } catch {
    return refusal;
  }
  const schema = names.schemaName;
  const lacks = [
    ...(privileges.createInDatabase ? [] : [`CREATE on database ${privileges.database}`]),
    ...(privileges.usage ? [] : [`USAGE on schema ${schema}`]),
    ...(privileges.createInSchema ? [] : [`CREATE on schema ${schema}`]),
    ...(privileges.unreadable.includes(STORE_TABLES.migrations)
      ? [`SELECT on table ${schema}.${STORE_TABLES.migrations}`]
      : []),
  ];
  return lacks.length === 0
    ? refusal
    : new InsufficientPrivilege(privileges.role, 'write', lacks, [], { cause: refusal });
};

/**
 * Takes the pool's first connection, so that a role without CONNECT on the database is told
 * so. The role and the database are those of the connection string (nothing can be asked of
 * a server that refused the connection).
 */
export const connectAs = async (
  pool: Pool,
  connectionString: string,
  access: StoreAccess,
): Promise<void> => {
  try {
    (await pool.connect()).release();
  } catch (error) {
    // A connection is refused with 42501 only for want of CONNECT (a role without LOGIN gets 28000).
    const { user, database } = new Client({ connectionString });
    if (!isInsufficientPrivilege(error) || user === undefined) throw error;
    const name = database ?? user;
    throw new InsufficientPrivilege(
      user,
      access,
      [`CONNECT on database ${name}`],
      [`GRANT CONNECT ON DATABASE ${escapeIdentifier(name)} TO ${escapeIdentifier(user)}`],
      { cause: error },
    );
  }
};
