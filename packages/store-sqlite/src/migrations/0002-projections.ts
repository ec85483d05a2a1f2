import { Migration } from './migration';

/**
 * Projection progress: one row per projection, its checkpoint and whole state together,
 * so one statement replaces both. The checkpoint is kept verbatim (it is another store's
 * opaque position as often as this one's).
 */
export const projectionTables: Migration = {
  version: 2,
  name: 'projection checkpoints',
  sql: `
    CREATE TABLE projections (
      name TEXT PRIMARY KEY,
      checkpoint TEXT NOT NULL,
      state TEXT NOT NULL CHECK (json_valid(state)),
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
