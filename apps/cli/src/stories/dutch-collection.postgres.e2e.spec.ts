import { usePostgresTestServer } from '@debiteur/store-postgres/testing';
import { StoryStore } from './service-world';
import { storyTenDutchCollection } from './story-10-dutch-collection.e2e-cases';

jest.setTimeout(120_000);

const server = usePostgresTestServer();
const postgresStoryStore: StoryStore = async () => ({
  location: await server().createDatabase(),
  cleanUp: () => undefined,
});

describe('The Dutch collection rules through the service on PostgreSQL', () => {
  storyTenDutchCollection(postgresStoryStore);
});
