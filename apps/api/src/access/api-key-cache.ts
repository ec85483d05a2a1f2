import { ApiKeys } from '@debiteur/application';
import { TenantId } from '@debiteur/core';

/** How long a resolved key is trusted without asking the store again. */
export const API_KEY_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

const KEY_ID = /^dbt_([0-9a-f]{16})_/;

export interface ResolvedKey {
  readonly tenantId: TenantId;
  readonly keyId: string;
}

/**
 * Resolves API keys through `ApiKeys.resolve`, remembering a good key for five seconds so a
 * busy client costs one stream read per key every five seconds instead of one per request.
 * A revoked key therefore stops working within five seconds, on every instance. Unknown and
 * bad keys are never remembered: a key created a moment ago works at once.
 */
export class ApiKeyCache {
  private readonly resolved = new Map<string, { key: ResolvedKey; until: number }>();

  constructor(
    private readonly keys: ApiKeys,
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = API_KEY_CACHE_TTL_MS,
  ) {}

  async resolve(presented: string): Promise<ResolvedKey | null> {
    const cached = this.resolved.get(presented);
    const now = this.now();
    if (cached !== undefined && cached.until > now) return cached.key;
    this.resolved.delete(presented);
    const keyId = KEY_ID.exec(presented)?.[1];
    if (keyId === undefined) return null;
    const tenantId = await this.keys.resolve(presented);
    if (tenantId === null) return null;
    if (this.resolved.size >= MAX_ENTRIES) this.resolved.clear();
    const key = { tenantId, keyId };
    this.resolved.set(presented, { key, until: now + this.ttlMs });
    return key;
  }
}
