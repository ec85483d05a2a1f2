import { Migration } from './migration';

/**
 * The event log. `position` is the global order: AUTOINCREMENT, so a position is never
 * handed out twice even if the newest row were ever deleted, and a saved checkpoint keeps
 * meaning what it meant. UNIQUE (stream_id, stream_version) is the last line of defence
 * behind the version check; UNIQUE (event_id) behind the idempotency check. `tenant_id`
 * and `category` are copies of what `metadata` and `stream_id` hold, kept as columns so
 * readAll filters use an index that is already in global order.
 */
export const eventStoreTables: Migration = {
  version: 1,
  name: 'event store tables',
  sql: `
    CREATE TABLE events (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id TEXT NOT NULL,
      stream_id TEXT NOT NULL,
      stream_version INTEGER NOT NULL CHECK (stream_version > 0),
      category TEXT NOT NULL,
      tenant_id TEXT NOT NULL,
      type TEXT NOT NULL,
      schema_version INTEGER NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data)),
      metadata TEXT NOT NULL CHECK (json_valid(metadata)),
      recorded_at TEXT NOT NULL,
      CONSTRAINT events_event_id_unique UNIQUE (event_id),
      CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
    ) STRICT;
    CREATE INDEX events_tenant_order ON events (tenant_id, position);
    CREATE INDEX events_category_order ON events (category, position);
  `,
};
