import { ApiKeys, Clock } from '@debiteur/application';
import { TenantId } from '@debiteur/core';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The demo tenant's key for `pnpm start`: created on the first run and kept in a file
 * readable only by its owner, because the store holds only its digest and the quick start
 * prints it on every run. A key that no longer resolves (revoked, other store) is replaced.
 */
export const ensureDemoKey = async (
  keys: ApiKeys,
  tenant: TenantId,
  file: string,
  clock: Clock,
): Promise<{ readonly key: string; readonly created: boolean }> => {
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if ((await keys.resolve(kept)) === tenant) return { key: kept, created: false };
  }
  const { key } = await keys.create(tenant, clock.now(), 'debiteur serve --demo');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key, created: true };
};
