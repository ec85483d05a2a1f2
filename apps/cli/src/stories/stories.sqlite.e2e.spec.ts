import { sqliteStoryStore } from './service-world';
import { describeNineStories } from './nine-stories';

jest.setTimeout(120_000);

describeNineStories('SQLite', sqliteStoryStore);
