import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { runCli } from '../testing/run-cli';
import { startServe } from '../testing/serve-process';

jest.setTimeout(120_000);

const server = usePostgresTestServer();

/**
 * The operations contract's "apart" mode: the API alone (`DEBITEUR_SCHEDULER=off`), keys from
 * the CLI, and the saga as a separate cron-style process — all on one PostgreSQL database.
 */
describe('The API and the saga as separate processes on PostgreSQL', () => {
  const folder = useTempFolder('apart', { per: 'test' });

  it('sends the reminder the API recorded the invoice for, once, and the API shows it', async () => {
    const store = await server().createDatabase();
    const env = {
      DEBITEUR_STORE: store,
      DEBITEUR_DELIVERY: `outbox:${folder.path('outbox')}`,
    };
    const created = await runCli(['keys', 'create', '--tenant', 'acme'], env);
    expect(created.code).toBe(0);
    const key = created.stdout.trim().split('\n').at(-1) ?? '';
    const api = await startServe({ cwd: folder.dir, env: { ...env, DEBITEUR_SCHEDULER: 'off' } });
    try {
      const send = (method: string, path: string, body: object) =>
        fetch(`${api.url}${path}`, {
          method,
          headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect(
        (
          await send('PUT', '/debtors/bakker', {
            name: 'Bakkerij Bakker',
            kind: 'business',
            email: 'a@bakker.nl',
          })
        ).status,
      ).toBe(201);
      const issued = await send('POST', '/invoices', {
        invoiceId: 'F-2026-0001',
        number: 'F-2026-0001',
        debtorId: 'bakker',
        issueDate: '2026-02-02',
        amount: { amount: 12_100, currency: 'EUR' },
        description: 'Onderhoud broodoven',
      });
      expect(issued.status).toBe(201);
      const health = await (await fetch(`${api.url}/health`)).json();
      expect(health).toMatchObject({ store: { kind: 'postgres' } });

      const asOf = ['schedule', '--once', '--as-of', '2026-02-23T09:00:00+01:00'];
      const passes = [await runCli(asOf, env), await runCli(asOf, env)];
      expect(passes.map((p) => p.code)).toEqual([0, 0]);
      expect(passes.map((p) => JSON.parse(p.stdout).pass.acted)).toEqual([1, 0]);

      const history = (await (
        await fetch(`${api.url}/invoices/F-2026-0001/history`, {
          headers: { Authorization: `Bearer ${key}` },
        })
      ).json()) as { events: { type: string; actor: string; data: unknown }[] };
      expect(history.events.map((e: { type: string }) => e.type)).toEqual([
        'Issued',
        'ReminderSent',
      ]);
      expect(history.events[1]).toMatchObject({ actor: 'scheduler', data: { level: 1 } });
    } finally {
      expect(await api.stop()).toBe(0);
    }
  });
});
