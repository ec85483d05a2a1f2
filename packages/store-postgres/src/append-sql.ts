import { createHash } from 'node:crypto';
import { SchemaNames } from './schema-names';

/** How the stream's row moves to the new version: one statement per kind of expectation. */
export type ClaimKind = 'create' | 'bumpExact' | 'bumpExisting' | 'createOrBump';

/** A statement that each connection parses and plans once, under a name its text decides. */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/** The statements of an append, in the order they run. */
export interface AppendSql {
  /** Serialises appends to one stream, so transaction ids rise with stream versions. */
  readonly lockStream: PreparedStatement;
  /** Looks up the batch's ids, then claims the versions and inserts the batch unless one is stored. */
  readonly append: Readonly<Record<ClaimKind, PreparedStatement>>;
  /** Outside any transaction, after a lost race: which of the batch's ids are stored. */
  readonly storedIds: string;
  readonly currentVersion: string;
}

const STORED_COLUMNS = `event_id, stream_id, stream_version,
                        transaction_id::text AS transaction_id, position::text AS position`;

// Every claim writes nothing when one of the batch's ids is stored: the batch is then a retry
// or a reused id, which the caller tells apart from `stored`.
const claims = (streams: string): Record<ClaimKind, string> => ({
  create: `
    INSERT INTO ${streams} (stream_id, version) SELECT $1::text, $2::integer WHERE NOT EXISTS (SELECT 1 FROM found)
    ON CONFLICT (stream_id) DO NOTHING RETURNING version`,
  bumpExact: `
    UPDATE ${streams} SET version = version + $2::integer
     WHERE stream_id = $1::text AND version = $14::integer AND NOT EXISTS (SELECT 1 FROM found) RETURNING version`,
  bumpExisting: `
    UPDATE ${streams} SET version = version + $2::integer
     WHERE stream_id = $1::text AND NOT EXISTS (SELECT 1 FROM found) RETURNING version`,
  createOrBump: `
    INSERT INTO ${streams} AS s (stream_id, version) SELECT $1::text, $2::integer WHERE NOT EXISTS (SELECT 1 FROM found)
    ON CONFLICT (stream_id) DO UPDATE SET version = s.version + EXCLUDED.version RETURNING version`,
});

/**
 * One statement, one snapshot, taken after the stream lock: so it sees every append to this
 * stream that committed before, and the version it reports is the one the claim compared.
 * The insert reads the claim's row, so it runs only when the claim succeeded.
 */
const appendStatement = ({ streams, events }: SchemaNames, claim: string): string => `
  WITH found AS (
    SELECT ${STORED_COLUMNS} FROM ${events} WHERE event_id = ANY($4::text[])
  ), current_version AS (
    SELECT version FROM ${streams} WHERE stream_id = $1::text
  ), claim AS (${claim}
  ), inserted AS (
    INSERT INTO ${events} (event_id, stream_id, stream_version, category, tenant_id, type, schema_version,
                           data, occurred_at, actor, reason, correlation_id, causation_id)
    SELECT e.event_id, $1::text, claim.version - $2::integer + e.ord::integer, $3::text, e.tenant_id, e.type,
           e.schema_version, e.data::jsonb, e.occurred_at, e.actor, e.reason, e.correlation_id,
           e.causation_id
      FROM claim,
           unnest($4::text[], $5::text[], $6::text[], $7::integer[], $8::text[], $9::text[], $10::text[],
                  $11::text[], $12::text[], $13::text[])
           WITH ORDINALITY AS e(event_id, tenant_id, type, schema_version, data, occurred_at, actor, reason,
                                correlation_id, causation_id, ord)
     ORDER BY e.ord
    RETURNING transaction_id, position
  )
  SELECT (SELECT version FROM current_version) AS current_version,
         (SELECT version FROM claim) AS new_version,
         (SELECT coalesce(json_agg(found), '[]'::json) FROM found) AS stored,
         last.transaction_id::text AS transaction_id, last.position::text AS position
    FROM (VALUES (1)) AS one (x)
    LEFT JOIN LATERAL (
      SELECT transaction_id, position FROM inserted ORDER BY transaction_id DESC, position DESC LIMIT 1
    ) AS last ON true`;

// Planning the append statement costs about as much as running it, and appends are hot.
// The name is a digest of the text, so stores on other schemas never reuse another's plan.
const prepared = (text: string): PreparedStatement => ({
  name: `debiteur_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`,
  text,
});

export const appendSql = (names: SchemaNames): AppendSql => {
  const { streams, events } = names;
  const claim = claims(streams);
  return {
    // An advisory lock takes no transaction id, so the id is assigned by the first write,
    // after the previous appender to this stream has committed: ids then rise with versions.
    // The key hashes schema and stream, so stores in other schemas never wait on this one.
    lockStream: prepared(`SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))`),
    append: {
      create: prepared(appendStatement(names, claim.create)),
      bumpExact: prepared(appendStatement(names, claim.bumpExact)),
      bumpExisting: prepared(appendStatement(names, claim.bumpExisting)),
      createOrBump: prepared(appendStatement(names, claim.createOrBump)),
    },
    storedIds: `SELECT ${STORED_COLUMNS} FROM ${events} WHERE event_id = ANY($1::text[])`,
    currentVersion: `SELECT version FROM ${streams} WHERE stream_id = $1`,
  };
};
