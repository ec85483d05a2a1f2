import { describeEventStoreContract } from '../testing';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract('InMemoryEventStore', {
  create: async () => new InMemoryEventStore(),
});
