import { tempFolder } from '@debiteur/store-sqlite/testing';
import { describeNumberOnHeldId } from './number-on-held-id.e2e-cases';
import { describeSync, SyncStore } from './sync.e2e-cases';

jest.setTimeout(60_000);

const sqliteStore: SyncStore = async () => {
  const folder = tempFolder('sync-store');
  return { location: `sqlite:${folder.path()}`, cleanUp: folder.remove };
};

describeSync('SQLite', sqliteStore);
describeNumberOnHeldId('SQLite', sqliteStore);
