import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { DEFAULT_SCHEMA } from '../schema-names';

/** A login role that may read a store's tables and nothing else, as analysts get. */
export interface ReadOnlyRole {
  /** The database's connection string, logged in as the role. */
  readonly connectionString: string;
  readonly name: string;
  /** Revokes what it was granted and drops the role (roles belong to the whole server). */
  drop(): Promise<void>;
}

const withClient = async <T>(
  connectionString: string,
  work: (client: Client) => Promise<T>,
): Promise<T> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** A grant of the read-only role that a test withholds: to see what a role without it gets. */
export type ReadGrant = 'CONNECT' | 'USAGE' | { readonly select: string };

export interface ReadOnlyRoleOptions {
  /** Default `public`. */
  readonly schema?: string;
  /** Grants left out; a table's SELECT is revoked after SELECT on all tables was granted. */
  readonly withhold?: readonly ReadGrant[];
}

/**
 * Creates a role with CONNECT on the database, USAGE on the schema and SELECT on the tables
 * that are in it now, less what `withhold` names: no CREATE or TEMPORARY anywhere, and
 * EXECUTE on none of the store's functions (what PUBLIC holds on the database, the schema and
 * the functions by default is revoked in this database). Run it as the database's owner,
 * after the store was migrated.
 */
export const createReadOnlyRole = async (
  ownerConnectionString: string,
  options: ReadOnlyRoleOptions = {},
): Promise<ReadOnlyRole> => {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const withheld = options.withhold ?? [];
  const name = `debiteur_reader_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const url = new URL(ownerConnectionString);
  const database = escapeIdentifier(decodeURIComponent(url.pathname.slice(1)));
  const role = escapeIdentifier(name);
  const inSchema = escapeIdentifier(schema);
  await withClient(ownerConnectionString, async (owner) => {
    for (const statement of [
      `CREATE ROLE ${role} LOGIN PASSWORD ${escapeLiteral(password)} NOINHERIT`,
      `REVOKE ALL ON DATABASE ${database} FROM PUBLIC`,
      `REVOKE CREATE, USAGE ON SCHEMA ${inSchema} FROM PUBLIC`,
      `REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ${inSchema} FROM PUBLIC`,
      ...(withheld.includes('CONNECT') ? [] : [`GRANT CONNECT ON DATABASE ${database} TO ${role}`]),
      ...(withheld.includes('USAGE') ? [] : [`GRANT USAGE ON SCHEMA ${inSchema} TO ${role}`]),
      `GRANT SELECT ON ALL TABLES IN SCHEMA ${inSchema} TO ${role}`,
      ...withheld.flatMap((grant) =>
        typeof grant === 'object'
          ? [`REVOKE SELECT ON ${inSchema}.${escapeIdentifier(grant.select)} FROM ${role}`]
          : [],
      ),
    ]) {
      await owner.query(statement);
    }
  });
  url.username = encodeURIComponent(name);
  url.password = encodeURIComponent(password);
  return {
    connectionString: url.toString(),
    name,
    drop: () =>
      withClient(ownerConnectionString, async (owner) => {
        await owner.query(`DROP OWNED BY ${role}`);
        await owner.query(`DROP ROLE ${role}`);
      }),
  };
};

/**
 * Read-only roles for one suite: each call makes a role of `owner()`'s database without the
 * grants named; every role made is dropped after the suite.
 */
export const useRolesWithout = (
  owner: () => string,
): ((...withhold: ReadGrant[]) => Promise<ReadOnlyRole>) => {
  const roles: ReadOnlyRole[] = [];
  afterAll(async () => {
    for (const role of roles) await role.drop();
  });
  return async (...withhold) => {
    const role = await createReadOnlyRole(owner(), { withhold });
    roles.push(role);
    return role;
  };
};
