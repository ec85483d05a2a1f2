import { TenantId } from '@debiteur/core';
import { EventStore, ExpectedVersionConflict } from '@debiteur/eventstore';
import { createHash } from 'node:crypto';
import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';

/** The first response to a request made under an `Idempotency-Key`. */
export const RecordedResponse = t.type({
  /** Digest of method, path and body: a different request under the same key is refused. */
  requestHash: t.string,
  status: t.number,
  body: t.unknown,
  headers: t.record(t.string, t.string),
});
export type RecordedResponse = t.TypeOf<typeof RecordedResponse>;

export const RESPONSE_RECORDED = 'ResponseRecorded';

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** One stream per tenant and key; the key is hashed, so any string a client sends fits. */
export const idempotencyStreamId = (tenantId: TenantId, key: string): string =>
  `idempotency:${tenantId}:${digest(key).slice(0, 40)}`;

/**
 * Event ids derived from tenant and key: when a request is retried after its events were
 * stored but before its response was, the same ids make the store answer "already
 * appended" instead of storing the events twice.
 */
export const eventIdsForKey = (tenantId: TenantId, key: string): (() => string) => {
  let n = 0;
  return () => {
    const hex = digest(`${tenantId}\n${key}\n${n++}`);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
};

/** Keeps the first response per idempotency key in the event store. */
export class IdempotencyRecords {
  constructor(private readonly events: EventStore) {}

  async find(tenantId: TenantId, key: string): Promise<RecordedResponse | null> {
    const [first] = await this.events.readStream(idempotencyStreamId(tenantId, key), {
      maxCount: 1,
    });
    if (first === undefined) return null;
    const decoded = RecordedResponse.decode(first.data);
    return isRight(decoded) ? decoded.right : null;
  }

  /**
   * Stores the response unless another request under the key got there first; returns the
   * response that stands.
   */
  async record(
    tenantId: TenantId,
    key: string,
    response: RecordedResponse,
    context: { readonly at: string; readonly actor: string; readonly correlationId: string },
  ): Promise<RecordedResponse> {
    const streamId = idempotencyStreamId(tenantId, key);
    try {
      const appended = await this.events.appendToStream(
        streamId,
        [
          {
            eventId: `${streamId}:response`,
            type: RESPONSE_RECORDED,
            schemaVersion: 1,
            data: RecordedResponse.encode(response),
            metadata: {
              tenantId,
              occurredAt: context.at,
              actor: context.actor,
              reason: 'Idempotency-Key',
              correlationId: context.correlationId,
              causationId: null,
            },
          },
        ],
        { expectedVersion: 'no-stream' },
      );
      // The record's event id is fixed per key, so a racing writer's append is a no-op.
      if (!appended.alreadyAppended) return response;
      return (await this.find(tenantId, key)) ?? response;
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflict)) throw error;
      return (await this.find(tenantId, key)) ?? response;
    }
  }
}
