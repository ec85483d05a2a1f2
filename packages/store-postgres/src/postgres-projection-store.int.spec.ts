import { describeProjectionStoreContract } from '@debiteur/eventstore/testing';
import { openPostgresProjectionStore } from './open-postgres-stores';
import { usePostgresTestServer } from './testing';

const server = usePostgresTestServer();
let connectionString = '';
let stores = 0;

beforeAll(async () => {
  connectionString = await server().createDatabase();
});

describeProjectionStoreContract('PostgresProjectionStore', {
  create: () =>
    openPostgresProjectionStore({ connectionString, schema: `projections_${(stores += 1)}` }),
});
