import { tenantId } from '@debiteur/core';
import { InMemoryEventStore } from '@debiteur/eventstore';
import { isRight } from 'fp-ts/Either';
import { ApiKeys, apiKeyStreamId, UnknownApiKey } from './api-keys';

const tenant = (id: string) => {
  const parsed = tenantId(id);
  if (!isRight(parsed)) throw new Error(`bad tenant ${id}`);
  return parsed.right;
};
const AT = '2026-11-23T10:00:00+01:00';

describe('API keys', () => {
  it('resolve to the tenant they were created for', async () => {
    const keys = new ApiKeys(new InMemoryEventStore());
    const acme = await keys.create(tenant('acme'), AT, 'cli');
    const other = await keys.create(tenant('bakkerij'), AT, 'cli');

    expect(await keys.resolve(acme.key)).toBe('acme');
    expect(await keys.resolve(other.key)).toBe('bakkerij');
  });

  it('store only a digest of the secret', async () => {
    const events = new InMemoryEventStore();
    const created = await new ApiKeys(events).create(tenant('acme'), AT, 'cli');

    const [stored] = await events.readStream(apiKeyStreamId(created.keyId));
    const secret = created.key.split('_').slice(2).join('_');
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('refuse a key with a wrong secret, an unknown id or a malformed shape', async () => {
    const keys = new ApiKeys(new InMemoryEventStore());
    const { key, keyId } = await keys.create(tenant('acme'), AT, 'cli');
    const wrongSecret = `dbt_${keyId}_${'A'.repeat(43)}`;
    const unknownId = key.replace(keyId, '0'.repeat(16));

    for (const presented of [wrongSecret, unknownId, '', 'Bearer x', `${key}x`]) {
      expect(await keys.resolve(presented)).toBeNull();
    }
  });

  it('stop working once revoked, and revoking twice is harmless', async () => {
    const keys = new ApiKeys(new InMemoryEventStore());
    const { key, keyId } = await keys.create(tenant('acme'), AT, 'cli');

    await keys.revoke(keyId, AT, 'cli');
    await keys.revoke(keyId, AT, 'cli');

    expect(await keys.resolve(key)).toBeNull();
    expect(await keys.status(keyId)).toEqual({ keyId, tenantId: 'acme', revoked: true });
  });

  it('cannot revoke a key that was never created', async () => {
    const keys = new ApiKeys(new InMemoryEventStore());

    await expect(keys.revoke('0123456789abcdef', AT, 'cli')).rejects.toBeInstanceOf(UnknownApiKey);
  });
});
