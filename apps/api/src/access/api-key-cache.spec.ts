import { ApiKeys } from '@debiteur/application';
import { tenantId } from '@debiteur/core';
import { InMemoryEventStore } from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';
import { ApiKeyCache } from './api-key-cache';

const ACME = E.getOrElseW(() => {
  throw new Error('bad tenant');
})(tenantId('acme'));
const AT = '2026-03-02T10:00:00+01:00';

describe('The API key cache', () => {
  const setUp = async () => {
    const keys = new ApiKeys(new InMemoryEventStore());
    const created = await keys.create(ACME, AT, 'test');
    let now = 1_000;
    const cache = new ApiKeyCache(keys, () => now, 5_000);
    return { keys, created, cache, advance: (ms: number) => (now += ms) };
  };

  it('resolves a key to its tenant and key id', async () => {
    const { created, cache } = await setUp();
    expect(await cache.resolve(created.key)).toEqual({ tenantId: ACME, keyId: created.keyId });
  });

  it('stops accepting a revoked key once the time to live has passed', async () => {
    const { keys, created, cache, advance } = await setUp();
    await cache.resolve(created.key);
    await keys.revoke(created.keyId, AT, 'test');
    advance(4_999);
    expect(await cache.resolve(created.key)).not.toBeNull();
    advance(2);
    expect(await cache.resolve(created.key)).toBeNull();
  });

  it('refuses unknown and malformed keys, and accepts a key created after a refusal', async () => {
    const { keys, cache } = await setUp();
    expect(await cache.resolve('dbt_nonsense')).toBeNull();
    expect(await cache.resolve(`dbt_0123456789abcdef_${'x'.repeat(43)}`)).toBeNull();
    const later = await keys.create(ACME, AT, 'test');
    expect(await cache.resolve(later.key)).not.toBeNull();
  });
});
