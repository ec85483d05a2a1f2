import { Migration } from './migration';

/**
 * Streams and events. `streams.version` is what appends compare and bump; the unique
 * (stream_id, stream_version) backs it up. Global order is (transaction_id, position): see
 * docs/adr on readAll — a bigserial alone commits out of order.
 */
export const eventStoreTables: Migration = {
  version: 1,
  name: 'event store tables',
  statements: ({ streams, events }) => [
    `CREATE TABLE ${streams} (
       stream_id text PRIMARY KEY,
       version integer NOT NULL CHECK (version > 0)
     )`,
    `CREATE TABLE ${events} (
       position bigserial PRIMARY KEY,
       transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
       event_id text NOT NULL,
       stream_id text NOT NULL REFERENCES ${streams} (stream_id),
       stream_version integer NOT NULL CHECK (stream_version > 0),
       category text NOT NULL,
       tenant_id text NOT NULL,
       type text NOT NULL,
       schema_version integer NOT NULL,
       data jsonb NOT NULL,
       occurred_at text NOT NULL,
       actor text NOT NULL,
       reason text,
       correlation_id text NOT NULL,
       causation_id text,
       recorded_at timestamptz NOT NULL DEFAULT statement_timestamp(),
       CONSTRAINT events_event_id_unique UNIQUE (event_id),
       CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
     )`,
    `CREATE INDEX events_global_order ON ${events} (transaction_id, position)`,
    `CREATE INDEX events_tenant_order ON ${events} (tenant_id, transaction_id, position)`,
    `CREATE INDEX events_category_order ON ${events} (category, transaction_id, position)`,
  ],
};
