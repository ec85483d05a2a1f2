import { describeProjectionStoreContract } from '../testing';
import { InMemoryProjectionStore } from './in-memory-projection-store';

describeProjectionStoreContract('InMemoryProjectionStore', {
  create: async () => new InMemoryProjectionStore(),
});
