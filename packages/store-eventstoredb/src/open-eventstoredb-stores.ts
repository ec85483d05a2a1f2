import { connectEsdb } from './esdb-client';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { EventStoreDbProjectionStore } from './eventstoredb-projection-store';

export interface EventStoreDbOptions {
  /** `esdb://host:2113?tls=false` (a single insecure node) or any EventStoreDB connection string. */
  readonly connectionString: string;
  /** Prefix on every stream name, so several stores can share one database (default none). */
  readonly namespace?: string;
}

/** Both stores over one client; `close` disposes of it. */
export interface EventStoreDbStores {
  readonly events: EventStoreDbEventStore;
  readonly projections: EventStoreDbProjectionStore;
  close(): Promise<void>;
}

const storeOptions = (options: EventStoreDbOptions) =>
  options.namespace === undefined ? {} : { namespace: options.namespace };

/**
 * Opens the EventStoreDB event store. The client connects lazily: an unreachable server
 * shows as StoreUnavailable on the first call, not here.
 */
export const openEventStoreDbEventStore = (options: EventStoreDbOptions): EventStoreDbEventStore =>
  new EventStoreDbEventStore(connectEsdb(options.connectionString), storeOptions(options));

/** Opens the projection store on its own client. */
export const openEventStoreDbProjectionStore = (
  options: EventStoreDbOptions,
): EventStoreDbProjectionStore =>
  new EventStoreDbProjectionStore(connectEsdb(options.connectionString), storeOptions(options));

/** Opens the event store and the projection store over one shared client. */
export const openEventStoreDbStores = (options: EventStoreDbOptions): EventStoreDbStores => {
  const client = connectEsdb(options.connectionString);
  const events = new EventStoreDbEventStore(client, storeOptions(options), false);
  const projections = new EventStoreDbProjectionStore(client, storeOptions(options), false);
  let closed: Promise<void> | null = null;
  return {
    events,
    projections,
    close: () => {
      closed ??= Promise.all([events.close(), projections.close()]).then(() => client.close());
      return closed;
    },
  };
};
