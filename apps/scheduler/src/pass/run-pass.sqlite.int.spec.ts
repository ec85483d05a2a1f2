import { openStores } from '@debiteur/application';
import { useTempFolder } from '@debiteur/store-sqlite/testing';
import { describePassesOverWeeks } from './passes-over-weeks.spec-helpers';

describe('Scheduler passes as of each day on a SQLite file', () => {
  const folder = useTempFolder('scheduler', { per: 'describe' });
  describePassesOverWeeks(() => openStores(`sqlite:${folder.path()}`));
});
