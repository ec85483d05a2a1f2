import { openStores } from '@debiteur/application';
import { join } from 'node:path';
import { tempFolder } from '../testing/scheduler-world.spec-helpers';
import { describePassesOverWeeks } from './passes-over-weeks.spec-helpers';

describe('Scheduler passes as of each day on a SQLite file', () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());
  describePassesOverWeeks(() => openStores(`sqlite:${join(folder.path, 'debiteur.db')}`));
});
