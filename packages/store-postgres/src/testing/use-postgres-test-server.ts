import { PostgresTestServer, startPostgresTestServer } from './postgres-test-server';

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * Starts one PostgreSQL test server for the enclosing Jest file or `describe` (beforeAll)
 * and stops it afterwards (afterAll). Call the returned function inside tests.
 */
export const usePostgresTestServer = (): (() => PostgresTestServer) => {
  let server: PostgresTestServer | null = null;
  beforeAll(async () => {
    server = await startPostgresTestServer();
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await server?.stop();
    server = null;
  }, STOP_TIMEOUT_MS);
  return () => {
    if (server === null) throw new Error('the PostgreSQL test server is not running');
    return server;
  };
};
