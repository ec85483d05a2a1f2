import { TenantId, tenantId as toTenantId } from '@debiteur/core';
import { EventStore, ExpectedVersionConflict, RecordedEvent } from '@debiteur/eventstore';
import { isRight } from 'fp-ts/Either';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys live in the event store, one stream per key (`apikey:<keyId>`), so every store
 * adapter keeps them without a table of its own and a key's history (created, revoked) is
 * auditable like everything else. Only the SHA-256 of the secret is stored.
 */
const KEY_PREFIX = 'dbt';
const KEY_PATTERN = /^dbt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export const API_KEY_CREATED = 'ApiKeyCreated';
export const API_KEY_REVOKED = 'ApiKeyRevoked';

export interface CreatedApiKey {
  /** The whole key: shown once, never stored. */
  readonly key: string;
  /** The public part, for listing and revoking. */
  readonly keyId: string;
  readonly tenantId: TenantId;
}

export interface ApiKeyStatus {
  readonly keyId: string;
  readonly tenantId: TenantId;
  readonly revoked: boolean;
}

export class UnknownApiKey extends Error {
  constructor(readonly keyId: string) {
    super(`No API key with id ${keyId}`);
    this.name = 'UnknownApiKey';
  }
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

export const apiKeyStreamId = (keyId: string): string => `apikey:${keyId}`;

interface KeyRecord {
  readonly tenantId: TenantId;
  readonly secretSha256: Buffer;
  readonly revoked: boolean;
}

const foldKey = (events: readonly RecordedEvent[]): KeyRecord | null => {
  let record: KeyRecord | null = null;
  for (const event of events) {
    const data = event.data as { tenantId?: unknown; secretSha256?: unknown };
    if (event.type === API_KEY_CREATED) {
      const tenant = toTenantId(String(data.tenantId));
      if (!isRight(tenant) || typeof data.secretSha256 !== 'string') return null;
      record = {
        tenantId: tenant.right,
        secretSha256: Buffer.from(data.secretSha256, 'hex'),
        revoked: false,
      };
    } else if (event.type === API_KEY_REVOKED && record !== null) {
      const created: KeyRecord = record;
      record = { ...created, revoked: true };
    }
  }
  return record;
};

/** Creates, resolves and revokes the API keys that map a caller to one tenant. */
export class ApiKeys {
  constructor(
    private readonly events: EventStore,
    private readonly random: (bytes: number) => Buffer = randomBytes,
  ) {}

  /** Creates a key for the tenant; `at` is the instant written as its creation time. */
  async create(tenantId: TenantId, at: string, actor: string): Promise<CreatedApiKey> {
    const keyId = this.random(8).toString('hex');
    const secret = this.random(32).toString('base64url');
    await this.events.appendToStream(
      apiKeyStreamId(keyId),
      [
        {
          eventId: `${apiKeyStreamId(keyId)}:created`,
          type: API_KEY_CREATED,
          schemaVersion: 1,
          data: { tenantId, secretSha256: sha256(secret).toString('hex') },
          metadata: this.metadata(tenantId, at, actor, 'API key created'),
        },
      ],
      { expectedVersion: 'no-stream' },
    );
    return { key: `${KEY_PREFIX}_${keyId}_${secret}`, keyId, tenantId };
  }

  /** The tenant a presented key belongs to; null for a malformed, unknown or revoked key. */
  async resolve(presented: string): Promise<TenantId | null> {
    const match = KEY_PATTERN.exec(presented);
    if (match === null) return null;
    const [, keyId = '', secret = ''] = match;
    const record = foldKey(await this.events.readStream(apiKeyStreamId(keyId)));
    if (record === null || record.revoked) return null;
    return timingSafeEqual(record.secretSha256, sha256(secret)) ? record.tenantId : null;
  }

  async status(keyId: string): Promise<ApiKeyStatus | null> {
    const record = foldKey(await this.events.readStream(apiKeyStreamId(keyId)));
    return record === null ? null : { keyId, tenantId: record.tenantId, revoked: record.revoked };
  }

  /** Revokes a key for good; revoking twice is harmless. */
  async revoke(keyId: string, at: string, actor: string): Promise<void> {
    const stream = apiKeyStreamId(keyId);
    const events = await this.events.readStream(stream);
    const record = foldKey(events);
    if (record === null) throw new UnknownApiKey(keyId);
    if (record.revoked) return;
    try {
      await this.events.appendToStream(
        stream,
        [
          {
            eventId: `${stream}:revoked`,
            type: API_KEY_REVOKED,
            schemaVersion: 1,
            data: {},
            metadata: this.metadata(record.tenantId, at, actor, 'API key revoked'),
          },
        ],
        { expectedVersion: events.length },
      );
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflict)) throw error;
    }
  }

  private metadata(tenantId: TenantId, at: string, actor: string, reason: string) {
    return { tenantId, occurredAt: at, actor, reason, correlationId: actor, causationId: null };
  }
}
