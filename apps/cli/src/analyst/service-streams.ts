import { categoryOf } from '@debiteur/core';
import { streamCategory } from '@debiteur/eventstore';

/**
 * The categories of the service's own streams: API-key digests, idempotency records and
 * delivery logs of one running service, which projections, verify, export and import leave
 * alone unless asked.
 */
export const SERVICE_CATEGORIES = ['apikey', 'idempotency', 'delivery'] as const;

/** True for a stream of the running service's own (`apikey:…`, `idempotency:…`, `delivery:…`). */
export const isServiceStream = (streamId: string): boolean =>
  (SERVICE_CATEGORIES as readonly string[]).includes(streamCategory(streamId));

/** What a stream is: the books (`invoice:`, …), the service's own, or made by something else. */
export type StreamKind = 'domain' | 'service' | 'foreign';

/**
 * A stream's kind, one rule for every command: export and import write the domain's streams
 * (and the service's when asked) and leave the foreign ones out.
 */
export const streamKindOf = (streamId: string): StreamKind => {
  if (categoryOf(streamId) !== null) return 'domain';
  return isServiceStream(streamId) ? 'service' : 'foreign';
};
