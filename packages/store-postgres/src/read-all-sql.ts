import { ReadAllFilter } from '@debiteur/eventstore';
import { EVENT_COLUMNS } from './event-rows';
import { TransactionPosition } from './global-position';
import { SchemaNames } from './schema-names';

export interface Query {
  readonly text: string;
  readonly values: unknown[];
}

/** The horizon columns every page carries besides the event (which is null on an empty page). */
export interface HorizonColumns {
  /** Transactions below it are finished: pg_snapshot_xmin of the page's snapshot. */
  readonly horizon: string;
  /** The next transaction id to be handed out when the page was read. */
  readonly next_transaction: string;
  /** Events that committed before `settle_below` but are still above the horizon exist. */
  readonly held_back: boolean;
}

const filterConditions = (filter: ReadAllFilter | undefined, values: unknown[]): string[] => {
  const conditions: string[] = [];
  if (filter?.tenantId !== undefined) {
    values.push(filter.tenantId);
    conditions.push(`tenant_id = $${values.length}`);
  }
  if (filter?.categories !== undefined) {
    values.push(filter.categories);
    conditions.push(`category = ANY($${values.length}::text[])`);
  }
  return conditions;
};

/**
 * One page of readAll: events after `after` in (transaction id, position) order, only from
 * transactions older than every transaction still running (pg_snapshot_xmin). No commit
 * can add an event below that horizon any more, so a checkpoint below it never skips one.
 * Each page also says whether committed events of transactions older than `settleBelow`
 * wait above the horizon, so the reader can wait for a short-lived blocker to finish.
 */
export const readAllPage = (
  { events }: SchemaNames,
  after: TransactionPosition,
  filter: ReadAllFilter | undefined,
  batchSize: number,
  settleBelow: string | null,
): Query => {
  const values: unknown[] = [after.transactionId, after.position, batchSize, settleBelow];
  const filters = filterConditions(filter, values)
    .map((condition) => ` AND ${condition}`)
    .join('');
  return {
    // `held` is its own materialized CTE so it runs once per page, not once per row of the
    // page: a CTE read only once is otherwise inlined into the select list. Its index
    // scan starts at the horizon: a checkpoint always lies below the horizon it was read
    // under, and horizons never move back, so nothing at or above it precedes the checkpoint.
    // (A row comparison here would make the scan start at the checkpoint instead.)
    text: `
      WITH snapshot AS (
        SELECT pg_snapshot_xmin(s) AS horizon, pg_snapshot_xmax(s) AS next_transaction
          FROM pg_current_snapshot() AS s
      ), held AS MATERIALIZED (
        SELECT EXISTS (
                 SELECT 1 FROM ${events}
                  WHERE transaction_id >= greatest(snapshot.horizon, $1::xid8)
                    AND transaction_id < coalesce($4::xid8, snapshot.next_transaction)${filters}
               ) AS held_back
          FROM snapshot
      )
      SELECT snapshot.horizon::text AS horizon, snapshot.next_transaction::text AS next_transaction,
             held.held_back,
             page.*
        FROM snapshot
        CROSS JOIN held
        LEFT JOIN LATERAL (
          SELECT ${EVENT_COLUMNS} FROM ${events}
           WHERE (transaction_id, position) > ($1::xid8, $2::bigint)
             AND transaction_id < snapshot.horizon${filters}
           ORDER BY transaction_id, position
           LIMIT $3
        ) AS page ON true
       ORDER BY page.transaction_text::xid8, page.position_text::bigint`,
    values,
  };
};

/** The newest event below the horizon, and whether committed events wait above it. */
export const headPositionQuery = ({ events }: SchemaNames, settleBelow: string | null): Query => ({
  text: `
    WITH snapshot AS (
      SELECT pg_snapshot_xmin(s) AS horizon, pg_snapshot_xmax(s) AS next_transaction
        FROM pg_current_snapshot() AS s
    )
    SELECT snapshot.horizon::text AS horizon, snapshot.next_transaction::text AS next_transaction,
           head.transaction_id::text AS transaction_id, head.position::text AS position,
           EXISTS (
             SELECT 1 FROM ${events}
              WHERE transaction_id >= snapshot.horizon
                AND transaction_id < coalesce($1::xid8, snapshot.next_transaction)
           ) AS held_back
      FROM snapshot
      LEFT JOIN LATERAL (
        SELECT transaction_id, position FROM ${events}
         WHERE transaction_id < snapshot.horizon
         ORDER BY transaction_id DESC, position DESC LIMIT 1
      ) AS head ON true`,
  values: [settleBelow],
});
