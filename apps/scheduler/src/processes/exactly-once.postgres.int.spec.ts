import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { describeExactlyOnce } from './exactly-once.spec-helpers';

describe('Scheduler processes on one PostgreSQL database', () => {
  const server = usePostgresTestServer();
  describeExactlyOnce(() => server().createDatabase());
});
