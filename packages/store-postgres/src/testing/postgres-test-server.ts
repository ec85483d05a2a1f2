import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { launchEmbeddedPostgres } from './launch-embedded-postgres';

/** A real PostgreSQL server for one test file. */
export interface PostgresTestServer {
  /** Creates an empty database no other test sees, and returns its connection string. */
  createDatabase(): Promise<string>;
  /** Drops the databases it created (on `PG_URL`) or stops the server it started. */
  stop(): Promise<void>;
}

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

const serverAt = async (
  adminUrl: string,
  options: { dropDatabases: boolean; stopServer: () => Promise<void> },
): Promise<PostgresTestServer> => {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const created: string[] = [];
  return {
    async createDatabase() {
      const name = `debiteur_test_${process.pid}_${created.length + 1}_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
      created.push(name);
      return withDatabase(adminUrl, name);
    },
    async stop() {
      try {
        if (options.dropDatabases) {
          for (const name of created) {
            await admin.query(
              `DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`,
            );
          }
        }
      } finally {
        await admin.end().catch(() => undefined);
        await options.stopServer();
      }
    },
  };
};

/**
 * Connects to `PG_URL` when it is set, or else starts a throw-away server with the
 * `embedded-postgres` package (in a child process, on a free port, in a temp folder).
 */
export const startPostgresTestServer = async (): Promise<PostgresTestServer> => {
  const url = process.env['PG_URL'];
  if (url !== undefined && url !== '') {
    return serverAt(url, { dropDatabases: true, stopServer: async () => undefined });
  }
  const server = await launchEmbeddedPostgres();
  try {
    return await serverAt(server.adminUrl, { dropDatabases: false, stopServer: server.stop });
  } catch (error) {
    await server.stop();
    throw error;
  }
};
