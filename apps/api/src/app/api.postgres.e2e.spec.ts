import { openStores } from '@debiteur/application';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { describeApiE2e } from '../testing/api-e2e-suite';

const server = usePostgresTestServer();

describeApiE2e('PostgreSQL', async () => {
  const stores = await openStores(await server().createDatabase());
  return { stores, cleanUp: () => stores.close() };
});
