import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(90_000);

const BIN = join(__dirname, '..', '..', 'bin', 'debiteur.js');

interface Served {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly key: string;
  readonly exited: Promise<number | null>;
}

/** Starts `debiteur serve --demo` as the quick start does, and waits for its URL and key. */
const serve = (cwd: string): Promise<Served> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--demo'], {
      cwd,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', DEBITEUR_STORE: '' },
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      const key = /^\s+(dbt_\S+)$/m.exec(stdout)?.[1];
      if (url !== undefined && key !== undefined) resolve({ child, url, key, exited });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });

describe('debiteur serve (the quick start) as a process', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'debiteur-serve-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('serves the API on the SQLite file under ./data with the demo key, and stops cleanly', async () => {
    const served = await serve(folder);
    try {
      const auth = { Authorization: `Bearer ${served.key}` };
      const health = await fetch(`${served.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ store: { kind: 'sqlite', reachable: true } });

      const debtor = await fetch(`${served.url}/debtors/bakker`, {
        method: 'PUT',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Bakkerij Bakker', kind: 'business' }),
      });
      expect([200, 201]).toContain(debtor.status);
      const unauthorised = await fetch(`${served.url}/debtors/bakker`);
      expect(unauthorised.status).toBe(401);
      expect((await fetch(`${served.url}/docs-json`)).status).toBe(200);
      expect(existsSync(join(folder, 'data', 'debiteur.db'))).toBe(true);
    } finally {
      served.child.kill('SIGTERM');
    }
    expect(await served.exited).toBe(0);
  });

  it('prints the same demo key on the next run', async () => {
    const first = await serve(folder);
    first.child.kill('SIGTERM');
    await first.exited;

    const second = await serve(folder);
    second.child.kill('SIGTERM');
    await second.exited;

    expect(second.key).toBe(first.key);
  });
});
