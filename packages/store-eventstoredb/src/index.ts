export {
  openEventStoreDbEventStore,
  openEventStoreDbProjectionStore,
  openEventStoreDbStores,
} from './open-eventstoredb-stores';
export type { EventStoreDbOptions, EventStoreDbStores } from './open-eventstoredb-stores';
export { EventStoreDbEventStore } from './eventstoredb-event-store';
export type { EventStoreDbEventStoreOptions } from './eventstoredb-event-store';
export { EventStoreDbProjectionStore } from './eventstoredb-projection-store';
export type { EventStoreDbProjectionStoreOptions } from './eventstoredb-projection-store';
