import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSync, SyncStore } from './sync.e2e-cases';

jest.setTimeout(60_000);

const sqliteStore: SyncStore = async () => {
  const folder = mkdtempSync(join(tmpdir(), 'debiteur-sync-store-'));
  return {
    location: `sqlite:${join(folder, 'debiteur.db')}`,
    cleanUp: () => rmSync(folder, { recursive: true, force: true }),
  };
};

describeSync('SQLite', sqliteStore);
