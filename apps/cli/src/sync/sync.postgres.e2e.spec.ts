import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { describeNumberOnHeldId } from './number-on-held-id.e2e-cases';
import { describeSync, SyncStore } from './sync.e2e-cases';

jest.setTimeout(120_000);

const server = usePostgresTestServer();
const postgresStore: SyncStore = async () => ({
  location: await server().createDatabase(),
  cleanUp: () => undefined,
});

describeSync('PostgreSQL', postgresStore);
describeNumberOnHeldId('PostgreSQL', postgresStore);
