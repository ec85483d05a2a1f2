import { PreparedStatement, prepared } from './prepared-statement';
import { SchemaNames } from './schema-names';

/** How the stream's row moves to the new version: one per kind of expectation. */
export type ClaimKind = 'create' | 'bumpExact' | 'bumpExisting' | 'createOrBump';

/** The statements of an append. */
export interface AppendSql {
  /**
   * Calls the append function (migration 5): locks the stream, looks the batch's ids up,
   * checks the expected version, claims the versions and inserts the batch, each event with
   * the instant an import keeps or else the statement's time, in one statement. Named, so
   * each connection plans the call once.
   */
  readonly append: PreparedStatement;
  /**
   * After a lost race: which of the batch's ids are stored (outside any transaction, or in a
   * group's once the failed call's savepoint was rolled back to).
   */
  readonly storedIds: string;
  readonly currentVersion: string;
  /**
   * Takes the stream lock of each stream of `$2` (text[]), in the array's order, with the key
   * the append function uses (schema `$1`): a group of appends takes its streams' locks
   * before its first write assigns the transaction id (append-group.ts).
   */
  readonly lockStreams: PreparedStatement;
}

const STORED_COLUMNS = `event_id, stream_id, stream_version,
                        transaction_id::text AS transaction_id, position::text AS position`;

export const appendSql = ({ appendEvents, streams, events }: SchemaNames): AppendSql => ({
  lockStreams: prepared(
    // A volatile call in a select list under ORDER BY runs after the sort: in the array's order.
    `SELECT count(*) FROM (
       SELECT pg_advisory_xact_lock(hashtextextended($1::text || '/' || s.stream_id, 0))
         FROM unnest($2::text[]) WITH ORDINALITY AS s (stream_id, i)
        ORDER BY s.i) AS locked`,
  ),
  append: prepared(
    `SELECT current_version, new_version, stored, last_transaction_id, last_position
       FROM ${appendEvents}($1::text, $2::text, $3::text, $4::integer, $5::text[], $6::text[],
                            $7::text[], $8::integer[], $9::text[], $10::text[], $11::text[],
                            $12::text[], $13::text[], $14::text[], $15::text[])`,
  ),
  storedIds: `SELECT ${STORED_COLUMNS} FROM ${events} WHERE event_id = ANY($1::text[])`,
  currentVersion: `SELECT version FROM ${streams} WHERE stream_id = $1`,
});
