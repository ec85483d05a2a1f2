import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { describeExactlyOnce } from './exactly-once.spec-helpers';

describe('Scheduler processes on one SQLite file', () => {
  const folder = useTempFolder('scheduler', { per: 'describe' });
  let files = 0;
  describeExactlyOnce(async () => {
    files += 1;
    return `sqlite:${folder.path(`debiteur-${files}.db`)}`;
  });
});
