import {
  describeEventStoreContract,
  describeProjectionStoreContract,
} from '@debiteur/eventstore/testing';
import { randomUUID } from 'node:crypto';
import {
  openEventStoreDbEventStore,
  openEventStoreDbProjectionStore,
} from './open-eventstoredb-stores';

/*
 * The contract suites against a real EventStoreDB, when EVENTSTORE_URL names one, e.g.
 *   docker run --rm -p 2113:2113 eventstore/eventstore:24.10 --insecure --run-projections=All --enable-atom-pub-over-http
 *   EVENTSTORE_URL='esdb://localhost:2113?tls=false' npx jest packages/store-eventstoredb
 * Each test gets its own namespace, so the one database looks empty to it.
 */
const connectionString = process.env['EVENTSTORE_URL'];

if (connectionString === undefined || connectionString === '') {
  console.warn(
    'EventStoreDB contract suite skipped: set EVENTSTORE_URL, e.g. docker run --rm -p 2113:2113 eventstore/eventstore:24.10 --insecure --run-projections=All --enable-atom-pub-over-http',
  );
  describe.skip('EventStoreDB contract suites (EVENTSTORE_URL not set)', () => {
    it('needs a server', () => undefined);
  });
} else {
  // Every readAll scans `$all` from its start on the client (6.x cannot filter reads on the
  // server), and the shared database grows as the suite runs.
  jest.setTimeout(60_000);
  const namespace = (): string => `contract-${randomUUID().slice(0, 8)}/`;

  describeEventStoreContract('EventStoreDbEventStore', {
    create: async () => openEventStoreDbEventStore({ connectionString, namespace: namespace() }),
  });

  describeProjectionStoreContract('EventStoreDbProjectionStore', {
    create: async () =>
      openEventStoreDbProjectionStore({ connectionString, namespace: namespace() }),
  });
}
