import { ReadAllFilter } from '@debiteur/eventstore';
import { EVENT_COLUMN_COUNT, EVENT_COLUMNS } from './event-rows';
import { TransactionPosition } from './global-position';
import { prepared } from './prepared-statement';
import { SchemaNames } from './schema-names';

export interface Query {
  readonly text: string;
  readonly values: unknown[];
}

/**
 * The horizon row that ends every page, after the page's events (columns EVENT_COLUMNS
 * null): what the reader needs to know about the page's snapshot.
 */
export interface Horizon {
  /** Transactions below it are finished: pg_snapshot_xmin of the page's snapshot. */
  readonly horizon: string;
  /** The next transaction id to be handed out when the page was read. */
  readonly nextTransaction: string;
  /** Events that committed before `settle_below` but are still above the horizon exist. */
  readonly heldBack: boolean;
}

/** Columns EVENT_COLUMN_COUNT… of a page row: null on event rows, set on the horizon row. */
export type HorizonColumns = [
  horizon: string | null,
  nextTransaction: string | null,
  heldBack: boolean | null,
];

/** The filter's conditions, numbered after the query's own `before` parameters, and their values. */
const filterConditions = (
  filter: ReadAllFilter | undefined,
  before = 4,
): { readonly sql: string; readonly values: readonly unknown[] } => {
  const conditions: string[] = [];
  const values: unknown[] = [];
  if (filter?.tenantId !== undefined) {
    values.push(filter.tenantId);
    conditions.push(`tenant_id = $${values.length + before}`);
  }
  if (filter?.categories !== undefined) {
    values.push(filter.categories);
    conditions.push(`category = ANY($${values.length + before}::text[])`);
  }
  return { sql: conditions.map((condition) => ` AND ${condition}`).join(''), values };
};

/** The page query of one readAll call: the same statement for each of its pages. */
export interface PageQuery {
  /** Named (prepared once per connection) when the read has no filter: see readAllPageQuery. */
  readonly statement: { readonly text: string; readonly name?: string };
  values(after: TransactionPosition, batchSize: number, settleBelow: string | null): unknown[];
}

/**
 * The pages of readAll: events after `after` in (transaction id, position) order, only from
 * transactions older than every transaction still running (pg_snapshot_xmin). No commit
 * can add an event below that horizon any more, so a checkpoint below it never skips one.
 * The page's last row is not an event but its horizon (see Horizon): whether committed
 * events of transactions older than `settleBelow` wait above the horizon, so the reader can
 * wait for a short-lived blocker to finish. It is there on an empty page as well.
 *
 * Without a filter the statement is named, so each connection parses and plans it once:
 * its plan does not depend on the values (one index gives the order, nothing to filter).
 * With a filter it is planned for each page, with the tenant or categories at hand: a
 * generic plan might read a small tenant's events through the global index, filtering.
 */
export const readAllPageQuery = (
  { events }: SchemaNames,
  filter: ReadAllFilter | undefined,
): PageQuery => {
  const filters = filterConditions(filter);
  const nullEvent = Array.from({ length: EVENT_COLUMN_COUNT - 2 }, () => 'NULL').join(', ');
  // The events are a plain index scan in the global order, bounded by the horizon as an
  // InitPlan: no join, no sort, nothing per row beyond the event. The horizon row is a
  // second branch, computed once per page from the same snapshot (one statement, one
  // materialized CTE). The ORDER BY guarantees the order; the planner merges the two
  // sorted branches (Merge Append) rather than sorting the page, and the horizon row,
  // whose transaction_id is null, comes last.
  // held_back's index scan starts at the horizon: a checkpoint always lies below the
  // horizon it was read under, and horizons never move back, so nothing at or above it
  // precedes the checkpoint. (A row comparison there would start the scan at the
  // checkpoint instead.)
  const text = `
    WITH snapshot AS MATERIALIZED (
      SELECT pg_snapshot_xmin(s) AS horizon, pg_snapshot_xmax(s) AS next_transaction
        FROM pg_current_snapshot() AS s
    )
    (SELECT ${EVENT_COLUMNS},
            NULL::xid8 AS horizon, NULL::xid8 AS next_transaction, NULL::boolean AS held_back
       FROM ${events}
      WHERE (transaction_id, position) > ($1::xid8, $2::bigint)
        AND transaction_id < (SELECT horizon FROM snapshot)${filters.sql}
      ORDER BY transaction_id, position
      LIMIT $3)
    UNION ALL
    SELECT NULL, NULL, ${nullEvent}, horizon, next_transaction,
           EXISTS (
             SELECT 1 FROM ${events}
              WHERE transaction_id >= greatest(horizon, $1::xid8)
                AND transaction_id < coalesce($4::xid8, next_transaction)${filters.sql}
           )
      FROM snapshot
    ORDER BY transaction_id, position`;
  return {
    statement: filters.values.length === 0 ? prepared(text) : { text },
    values: (after, batchSize, settleBelow) => [
      after.transactionId,
      after.position,
      batchSize,
      settleBelow,
      ...filters.values,
    ],
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

/**
 * How many events readAll with this filter would show now: those of transactions below the
 * current horizon, as a page sees them (without the wait for held-back ones).
 */
export const countAllQuery = (
  { events }: SchemaNames,
  filter: ReadAllFilter | undefined,
): Query => {
  const filters = filterConditions(filter, 0);
  return {
    text: `SELECT count(*)::int AS count FROM ${events}
            WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())${filters.sql}`,
    values: [...filters.values],
  };
};
