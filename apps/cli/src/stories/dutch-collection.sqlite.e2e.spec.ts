import { sqliteStoryStore } from './service-world';
import { storyTenDutchCollection } from './story-10-dutch-collection.e2e-cases';

jest.setTimeout(120_000);

describe('The Dutch collection rules through the service on SQLite', () => {
  storyTenDutchCollection(sqliteStoryStore);
});
