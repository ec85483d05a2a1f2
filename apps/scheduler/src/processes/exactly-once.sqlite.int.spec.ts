import { join } from 'node:path';
import { tempFolder } from '../testing/scheduler-world.spec-helpers';
import { describeExactlyOnce } from './exactly-once.spec-helpers';

describe('Scheduler processes on one SQLite file', () => {
  const folder = tempFolder();
  let files = 0;
  afterAll(() => folder.remove());
  describeExactlyOnce(async () => {
    files += 1;
    return `sqlite:${join(folder.path, `debiteur-${files}.db`)}`;
  });
});
