import { SchemaNames } from './schema-names';

/** The statements of an append, in the order they run. */
export interface AppendSql {
  /** Outside the transaction: the stream's version and which of the batch's ids are stored. */
  readonly preflight: string;
  /** Serialises appends to one stream, so transaction ids rise with stream versions. */
  readonly lockStream: string;
  readonly createStream: string;
  readonly bumpExactVersion: string;
  readonly bumpExistingStream: string;
  readonly createOrBumpStream: string;
  readonly currentVersion: string;
  readonly insertEvents: string;
}

export const appendSql = ({ streams, events }: SchemaNames): AppendSql => ({
  // An advisory lock takes no transaction id, so the id is assigned by the first write,
  // after the previous appender to this stream has committed: ids then rise with versions.
  // The key hashes schema and stream, so stores in other schemas never wait on this one.
  lockStream: `SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))`,
  // One statement, one snapshot: one row per stored id (or a single row with no event),
  // each carrying the stream's version (null when the stream does not exist).
  preflight: `
    SELECT s.version, e.event_id, e.stream_id, e.stream_version,
           e.transaction_id::text AS transaction_id, e.position::text AS position
      FROM (VALUES (1)) AS one (x)
      LEFT JOIN ${streams} s ON s.stream_id = $1
      LEFT JOIN ${events} e ON e.event_id = ANY($2::text[])`,
  createStream: `
    INSERT INTO ${streams} (stream_id, version) VALUES ($1, $2)
    ON CONFLICT (stream_id) DO NOTHING RETURNING version`,
  bumpExactVersion: `
    UPDATE ${streams} SET version = version + $2 WHERE stream_id = $1 AND version = $3 RETURNING version`,
  bumpExistingStream: `
    UPDATE ${streams} SET version = version + $2 WHERE stream_id = $1 RETURNING version`,
  createOrBumpStream: `
    INSERT INTO ${streams} AS s (stream_id, version) VALUES ($1, $2)
    ON CONFLICT (stream_id) DO UPDATE SET version = s.version + EXCLUDED.version RETURNING version`,
  currentVersion: `SELECT version FROM ${streams} WHERE stream_id = $1`,
  insertEvents: `
    INSERT INTO ${events} (event_id, stream_id, stream_version, category, tenant_id, type, schema_version,
                           data, occurred_at, actor, reason, correlation_id, causation_id)
    SELECT e.event_id, $1, $2::integer + e.ord::integer, $3, e.tenant_id, e.type, e.schema_version,
           e.data::jsonb, e.occurred_at, e.actor, e.reason, e.correlation_id, e.causation_id
      FROM unnest($4::text[], $5::text[], $6::text[], $7::integer[], $8::text[], $9::text[], $10::text[],
                  $11::text[], $12::text[], $13::text[])
           WITH ORDINALITY AS e(event_id, tenant_id, type, schema_version, data, occurred_at, actor, reason,
                                correlation_id, causation_id, ord)
     ORDER BY e.ord
    RETURNING transaction_id::text AS transaction_id, position::text AS position`,
});
