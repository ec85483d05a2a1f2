import { escapeLiteral } from 'pg';
import { SchemaNames } from '../schema-names';
import { Migration } from './migration';

/** A dollar-quote tag that the body does not contain, whatever the schema is called. */
const dollarQuoted = (body: string): string => {
  let tag = '$append$';
  while (body.includes(tag)) tag = `${tag.slice(0, -1)}_$`;
  return `${tag}${body}${tag}`;
};

/** The type of the events' `data` column: jsonb until migration 4, json since (ADR 0021). */
export type EventDataType = 'jsonb' | 'json';

/**
 * What the append function of migration 5 adds to the first one's text: each event's kept
 * `recorded_at` (null: the statement's time, as the column's default gives), so an import
 * writes each row once (ADR 0031). Empty for the function of migrations 3 and 4.
 */
interface RecordedAtParts {
  readonly parameter: string;
  readonly column: string;
  readonly value: string;
  readonly argument: string;
}

const STAMPED: RecordedAtParts = { parameter: '', column: '', value: '', argument: '' };

const KEPT: RecordedAtParts = {
  parameter: '\n       p_recorded_at text[],',
  column: ', recorded_at',
  value: ',\n           coalesce(b.recorded_at::timestamptz, statement_timestamp())',
  argument: ', p_recorded_at',
};

/**
 * The whole append in one call, so it costs one round trip in autocommit. The statements
 * run in order, and in READ COMMITTED each statement of a VOLATILE function takes a fresh
 * snapshot: the lookups after the stream lock see every append to the stream that committed
 * before it. The lock takes no transaction id, so the id (the events' transaction_id) is
 * assigned by the first write, after the previous appender to the stream committed.
 * The lock key hashes schema and stream, as the four-statement append did, so both kinds
 * of writer exclude each other while a deployment rolls over.
 * When an id of the batch is stored, or the expectation fails, nothing is written: the
 * caller tells a retry from a reused id by `stored`, a conflict by a null `new_version`.
 */
const body = (
  { schemaName, streams, events }: SchemaNames,
  dataType: EventDataType,
  recordedAt: RecordedAtParts,
): string => `
DECLARE
  batch_size integer := cardinality(p_event_ids);
  stored_count integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(${escapeLiteral(schemaName)} || '/' || p_stream_id, 0));

  SELECT count(*)::integer, coalesce(json_agg(stored_event), '[]'::json)
    INTO stored_count, stored
    FROM (SELECT e.event_id, e.stream_id, e.stream_version,
                 e.transaction_id::text AS transaction_id, e.position::text AS position
            FROM ${events} AS e
           WHERE e.event_id = ANY (p_event_ids)) AS stored_event;
  SELECT s.version INTO current_version FROM ${streams} AS s WHERE s.stream_id = p_stream_id;
  IF stored_count > 0 THEN
    RETURN;
  END IF;

  IF current_version IS NULL THEN
    IF p_claim NOT IN ('create', 'createOrBump') THEN
      RETURN;
    END IF;
    INSERT INTO ${streams} AS s (stream_id, version) VALUES (p_stream_id, batch_size)
      ON CONFLICT (stream_id) DO NOTHING
      RETURNING s.version INTO new_version;
  ELSIF p_claim = 'bumpExisting' OR p_claim = 'createOrBump'
        OR (p_claim = 'bumpExact' AND current_version = p_expected_version) THEN
    -- Compared with the version read above, so a writer that skipped the lock cannot slip in.
    UPDATE ${streams} AS s SET version = s.version + batch_size
     WHERE s.stream_id = p_stream_id AND s.version = current_version
     RETURNING s.version INTO new_version;
  END IF;
  IF new_version IS NULL THEN
    RETURN;
  END IF;

  WITH inserted AS (
    INSERT INTO ${events} (event_id, stream_id, stream_version, category, tenant_id, type,
                           schema_version, data, occurred_at, actor, reason, correlation_id,
                           causation_id${recordedAt.column})
    SELECT b.event_id, p_stream_id, new_version - batch_size + b.ord::integer, p_category,
           b.tenant_id, b.type, b.schema_version, b.data::${dataType}, b.occurred_at, b.actor,
           b.reason, b.correlation_id, b.causation_id${recordedAt.value}
      FROM unnest(p_event_ids, p_tenant_ids, p_types, p_schema_versions, p_data, p_occurred_at,
                  p_actors, p_reasons, p_correlation_ids, p_causation_ids${recordedAt.argument})
           WITH ORDINALITY AS b (event_id, tenant_id, type, schema_version, data, occurred_at,
                                 actor, reason, correlation_id, causation_id${recordedAt.column}, ord)
     ORDER BY b.ord
    RETURNING transaction_id, position
  )
  SELECT i.transaction_id::text, i.position::text
    INTO last_transaction_id, last_position
    FROM inserted AS i
   ORDER BY i.position DESC
   LIMIT 1;
END
`;

const functionStatement = (
  names: SchemaNames,
  dataType: EventDataType,
  replace: boolean,
  recordedAt: RecordedAtParts,
): string =>
  `CREATE ${replace ? 'OR REPLACE ' : ''}FUNCTION ${names.appendEvents}(
       p_stream_id text, p_category text, p_claim text, p_expected_version integer,
       p_event_ids text[], p_tenant_ids text[], p_types text[], p_schema_versions integer[],
       p_data text[], p_occurred_at text[], p_actors text[], p_reasons text[],
       p_correlation_ids text[], p_causation_ids text[],${recordedAt.parameter}
       OUT current_version integer, OUT new_version integer, OUT stored json,
       OUT last_transaction_id text, OUT last_position text)
     LANGUAGE plpgsql VOLATILE
     AS ${dollarQuoted(body(names, dataType, recordedAt))}`;

/**
 * The statement that creates (or, with `replace`, replaces) the append function of
 * migrations 3 and 4 for a `data` column of `dataType`.
 */
export const appendFunctionStatement = (
  names: SchemaNames,
  dataType: EventDataType,
  replace = false,
): string => functionStatement(names, dataType, replace, STAMPED);

/**
 * The statement that creates migration 5's append function: the same, with each event's kept
 * `recorded_at` as a fifteenth argument (ADR 0031).
 */
export const keptRecordedAtAppendFunctionStatement = (names: SchemaNames): string =>
  functionStatement(names, 'json', false, KEPT);

/**
 * The append function: stream lock, id lookup, version check, claim and insert in one
 * statement. See docs/benchmarks.md on concurrent appends for why it is server-side.
 */
export const appendFunction: Migration = {
  version: 3,
  name: 'append function',
  statements: (names) => [appendFunctionStatement(names, 'jsonb')],
};
