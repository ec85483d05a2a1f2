import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { StoryStore } from './service-world';
import { describeNineStories } from './nine-stories';

jest.setTimeout(120_000);

const server = usePostgresTestServer();
const postgresStoryStore: StoryStore = async () => ({
  location: await server().createDatabase(),
  cleanUp: () => undefined,
});

describeNineStories('PostgreSQL', postgresStoryStore);
