import { createHash } from 'node:crypto';
import { MIGRATIONS } from './migrations';

/**
 * A migration that has shipped is never edited: a database file that applied it keeps what
 * it ran, so an edited text would leave two files at the same version with different
 * schemas. Each migration's SQL is pinned here by its SHA-256; a new migration adds its line
 * when it is written.
 */
const PINNED: readonly { version: number; sha256: string }[] = [
  { version: 1, sha256: '25e06ae0a2a848bf7ec368705df7d6bafb93110d4196bcf2c7f45b5cc75e60f2' },
  { version: 2, sha256: 'c69bb3f4b353e457156e59bffbf2987b188ef9c3e3fdaada56c9b9379d146ffc' },
];

const digestOf = (sql: string): string => createHash('sha256').update(sql).digest('hex');

describe('the shipped SQLite migrations', () => {
  it('are pinned, every one, in version order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(PINNED.map((p) => p.version));
  });

  it.each(PINNED)('migration $version runs the text it shipped with', (pinned) => {
    const migration = MIGRATIONS.find((m) => m.version === pinned.version);
    if (migration === undefined) throw new Error(`no migration ${pinned.version}`);
    expect(digestOf(migration.sql)).toBe(pinned.sha256);
  });
});
