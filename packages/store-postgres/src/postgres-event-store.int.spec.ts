import { describeEventStoreContract } from '@debiteur/eventstore/testing';
import { openPostgresEventStore } from './open-postgres-stores';
import { TEST_SETTLE_MILLIS, usePostgresTestServer } from './testing';

const server = usePostgresTestServer();
let connectionString = '';
let stores = 0;

beforeAll(async () => {
  connectionString = await server().createDatabase();
});

// One database for the file, and a fresh schema for every test: each store starts empty,
// without paying for a CREATE DATABASE per test.
describeEventStoreContract('PostgresEventStore', {
  create: () =>
    openPostgresEventStore({
      connectionString,
      schema: `contract_${(stores += 1)}`,
      settleMillis: TEST_SETTLE_MILLIS,
    }),
});
