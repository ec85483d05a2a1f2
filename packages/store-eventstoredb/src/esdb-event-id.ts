import { createHash } from 'node:crypto';

// Fixed for all time: changing it would give stored events new ids on a retry.
const DEBITEUR_NAMESPACE = '357f207b-2e3b-4fa2-9c6c-bb9105474a99';

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const bytesOf = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');

const format = (bytes: Buffer): string => {
  const hex = bytes.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
};

/** RFC 9562 version 5: the SHA-1 of namespace and name, with version and variant bits set. */
const uuidV5 = (name: string): string => {
  const hash = createHash('sha1')
    .update(bytesOf(DEBITEUR_NAMESPACE))
    .update(Buffer.from(name, 'utf8'))
    .digest()
    .subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  return format(hash);
};

/**
 * The id EventStoreDB keeps for an event: the event id itself when it is a lowercase UUID,
 * otherwise a UUID derived from it (EventStoreDB accepts only UUIDs). Deterministic, so a
 * retried write carries the same id and the server can recognise it.
 */
export const esdbEventId = (eventId: string): string =>
  CANONICAL_UUID.test(eventId) ? eventId : uuidV5(eventId);
