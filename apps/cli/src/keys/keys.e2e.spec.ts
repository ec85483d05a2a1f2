import { ApiKeys, openStores } from '@debiteur/application';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { runCli } from '../testing/run-cli';

jest.setTimeout(60_000);

describe('debiteur keys', () => {
  const folder = useTempFolder('keys', { per: 'test' });
  let store: string;
  beforeEach(() => {
    store = `sqlite:${folder.path()}`;
  });

  const resolveKey = async (key: string) => {
    const stores = await openStores(store);
    try {
      return await new ApiKeys(stores.events).resolve(key);
    } finally {
      await stores.close();
    }
  };

  it('create prints a key for the tenant alone on the last line, and revoke ends it', async () => {
    const created = await runCli(['keys', 'create', '--tenant', 'acme', '--store', store]);
    expect(created.code).toBe(0);
    const key = created.stdout.trim().split('\n').at(-1) ?? '';
    expect(await resolveKey(key)).toBe('acme');

    const keyId = key.split('_')[1] ?? '';
    const revoked = await runCli(['keys', 'revoke', keyId], { DEBITEUR_STORE: store });
    expect(revoked.code).toBe(0);
    expect(await resolveKey(key)).toBeNull();
  });

  it('refuses a bad tenant id with a usage error', async () => {
    const run = await runCli(['keys', 'create', '--tenant', 'not a tenant!', '--store', store]);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('refuses a store location it cannot open with a usage error', async () => {
    const run = await runCli(['keys', 'create', '--tenant', 'acme', '--store', 'mysql://x']);

    expect(run.code).toBe(2);
  });
});
