import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { existsSync } from 'node:fs';
import { startServe } from '../testing/serve-process';

jest.setTimeout(90_000);

describe('debiteur serve (the quick start) as a process', () => {
  const folder = useTempFolder('serve', { per: 'test' });

  const serveDemo = () => startServe({ cwd: folder.dir, demo: true, env: { DEBITEUR_STORE: '' } });

  it('serves the API on the SQLite file under ./data with the demo key, and stops cleanly', async () => {
    const served = await serveDemo();
    try {
      const auth = { Authorization: `Bearer ${served.demoKey}` };
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
      expect(existsSync(folder.path('data', 'debiteur.db'))).toBe(true);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it('prints the same demo key on the next run', async () => {
    const first = await serveDemo();
    await first.stop();

    const second = await serveDemo();
    await second.stop();

    expect(second.demoKey).toBe(first.demoKey);
  });
});
