import { openStores } from '@debiteur/application';
import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { describePassesOverWeeks } from './passes-over-weeks.spec-helpers';

describe('Scheduler passes as of each day on PostgreSQL', () => {
  const server = usePostgresTestServer();
  describePassesOverWeeks(async () => openStores(await server().createDatabase()));
});
