import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { reapAbandonedTestServers } from './test-server-folders';
import { tsxCommand } from './tsx-command';

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

export interface EmbeddedPostgresProcess {
  /** Connection string of the `postgres` maintenance database, as superuser. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

interface ReadyLine {
  readonly port: number;
  readonly user: string;
  readonly password: string;
}

/**
 * Starts a throw-away PostgreSQL server in a child process (see the launcher) and resolves
 * once it accepts connections. Leftovers of earlier runs whose launcher died are reaped first.
 */
export const launchEmbeddedPostgres = async (): Promise<EmbeddedPostgresProcess> => {
  reapAbandonedTestServers();
  const [command, args] = tsxCommand(join(__dirname, 'embedded-postgres.launcher.ts'));
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

  const ready = await new Promise<ReadyLine>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`embedded PostgreSQL did not start in time\n${stderr}`));
    }, READY_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      resolve(JSON.parse(stdout.slice(0, newline)) as ReadyLine);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`embedded PostgreSQL exited (${String(code)}) before it was ready\n${stderr}`),
      );
    });
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end();
    let killed = false;
    const timer = setTimeout(() => {
      killed = child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    // A SIGKILLed launcher leaves its postmaster behind: stop it by the pid it recorded.
    if (killed) reapAbandonedTestServers();
  };
  const credentials = `${encodeURIComponent(ready.user)}:${encodeURIComponent(ready.password)}`;
  return { adminUrl: `postgres://${credentials}@127.0.0.1:${ready.port}/postgres`, stop };
};
