import { randomUUID } from 'node:crypto';
import { EventMetadataToAppend, EventToAppend } from '../event-store.port';

export interface MakeEventOptions {
  readonly eventId?: string;
  readonly type?: string;
  readonly schemaVersion?: number;
  readonly data?: unknown;
  readonly tenantId?: string;
  readonly metadata?: Partial<EventMetadataToAppend>;
}

/** An event ready to append, with a fresh id and plausible metadata; override what matters. */
export const makeEvent = (options: MakeEventOptions = {}): EventToAppend => ({
  eventId: options.eventId ?? randomUUID(),
  type: options.type ?? 'SomethingHappened',
  schemaVersion: options.schemaVersion ?? 1,
  data: options.data === undefined ? { value: 1 } : options.data,
  metadata: {
    tenantId: options.tenantId ?? 'tenant-test',
    occurredAt: '2024-03-01T09:30:00.000+01:00',
    actor: 'contract-suite',
    reason: null,
    correlationId: 'correlation-test',
    causationId: null,
    ...options.metadata,
  },
});

/** A tenant id no other test uses, so tests stay apart even in a shared database. */
export const uniqueTenantId = (): string => `tenant-${randomUUID().slice(0, 8)}`;

/** A stream id `<category>:<tenantId>:<entity>` with a fresh entity id. */
export const uniqueStreamId = (category: string, tenantId: string): string =>
  `${category}:${tenantId}:${randomUUID().slice(0, 8)}`;

/** Drains an async iterable into an array (tests only: it holds everything in memory). */
export const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

/** The first `count` items of an async iterable; stops the iteration early. */
export const take = async <T>(iterable: AsyncIterable<T>, count: number): Promise<T[]> => {
  const items: T[] = [];
  if (count <= 0) return items;
  for await (const item of iterable) {
    items.push(item);
    if (items.length >= count) break;
  }
  return items;
};
