import { streamCategory } from '@debiteur/eventstore';
import { EventFilter } from './event-source';

/**
 * The domain's stream categories. Stores also hold service streams (`apikey:`,
 * `idempotency:`, `delivery:`): API-key digests, idempotency records and delivery logs of
 * one running service, which projections, verify, export and import leave alone unless asked.
 */
export const DOMAIN_CATEGORIES = ['invoice', 'debtor', 'tenant'] as const;

/** The categories of the service's own streams, named in the comment above. */
export const SERVICE_CATEGORIES = ['apikey', 'idempotency', 'delivery'] as const;

/** True for a stream of the running service's own (`apikey:…`, `idempotency:…`, `delivery:…`). */
export const isServiceStream = (streamId: string): boolean =>
  (SERVICE_CATEGORIES as readonly string[]).includes(streamCategory(streamId));

/** The filter of an analyst command: the domain streams (or every stream), of one tenant. */
export const domainFilter = (options: {
  readonly tenant?: string;
  readonly serviceStreams?: boolean;
}): EventFilter => ({
  ...(options.serviceStreams === true ? {} : { categories: DOMAIN_CATEGORIES }),
  ...(options.tenant === undefined ? {} : { tenantId: options.tenant }),
});
