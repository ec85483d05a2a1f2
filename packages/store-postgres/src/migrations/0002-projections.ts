import { Migration } from './migration';

/** One row per projection: its checkpoint and whole state, replaced together. */
export const projectionsTable: Migration = {
  version: 2,
  name: 'projections table',
  statements: ({ projections }) => [
    `CREATE TABLE ${projections} (
       name text PRIMARY KEY,
       checkpoint text NOT NULL,
       state jsonb NOT NULL,
       committed_at timestamptz NOT NULL DEFAULT statement_timestamp()
     )`,
  ],
};
