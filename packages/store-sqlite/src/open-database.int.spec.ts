import { StoreUnavailable } from '@debiteur/eventstore';
import { openDatabase } from './open-database';
import { useTempFolder } from './testing/use-temp-folder';

describe('Opening the database file', () => {
  const folder = useTempFolder('sqlite', { per: 'test' });

  it('uses WAL, fsyncs every commit and waits for a busy lock', () => {
    const db = openDatabase(folder.path(), 1234);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
    } finally {
      db.close();
    }
  });

  it('reports a file it cannot create as the store being unavailable', () => {
    expect(() => openDatabase(folder.path('missing-dir', 'debiteur.db'))).toThrow(StoreUnavailable);
  });
});
