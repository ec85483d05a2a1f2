import { EventStore } from '@debiteur/eventstore';
import { Pool } from 'pg';
import { SchemaNames } from '@debiteur/store-postgres';

/** What the table (and, for the adapter, readAll) holds after a concurrent pass. */
export interface AppendCheck {
  readonly expected: number;
  readonly stored: number;
  /** Appended event ids that are not stored. */
  readonly lost: number;
  /** Rows beyond one per event id. */
  readonly doubled: number;
  /** Streams whose versions are not exactly 1..n. */
  readonly brokenStreams: number;
  /** Events readAll returned, and how many distinct ids among them (adapter only). */
  readonly readAll: { readonly events: number; readonly distinct: number } | null;
}

export const checkPassed = (check: AppendCheck): boolean =>
  check.lost === 0 &&
  check.doubled === 0 &&
  check.brokenStreams === 0 &&
  check.stored === check.expected &&
  (check.readAll === null ||
    (check.readAll.events === check.expected && check.readAll.distinct === check.expected));

const readAllCount = async (store: EventStore): Promise<{ events: number; distinct: number }> => {
  const ids = new Set<string>();
  let events = 0;
  for await (const event of store.readAll()) {
    events += 1;
    ids.add(event.eventId);
  }
  return { events, distinct: ids.size };
};

/**
 * Counts rows and distinct ids, finds appended ids that are missing, and checks that every
 * stream's versions run 1..n without a gap; through readAll as well when given the store.
 */
export const checkAppends = async (
  pool: Pool,
  names: SchemaNames,
  appendedIds: readonly string[],
  expected: number,
  store: EventStore | null,
): Promise<AppendCheck> => {
  const totals = await pool.query<{ stored: number; distinct: number; found: number }>(
    `SELECT count(*)::int AS stored, count(DISTINCT event_id)::int AS distinct,
            count(*) FILTER (WHERE event_id = ANY($1::text[]))::int AS found
       FROM ${names.events}`,
    [appendedIds],
  );
  const gaps = await pool.query<{ broken: number }>(
    `SELECT count(*)::int AS broken FROM (
       SELECT count(*) AS n, min(stream_version) AS lo, max(stream_version) AS hi
         FROM ${names.events} GROUP BY stream_id
     ) AS s WHERE lo <> 1 OR hi <> n`,
  );
  const { stored = 0, distinct = 0, found = 0 } = totals.rows[0] ?? {};
  return {
    expected,
    stored,
    lost: appendedIds.length - Math.min(found, appendedIds.length),
    doubled: stored - distinct,
    brokenStreams: gaps.rows[0]?.broken ?? 0,
    readAll: store === null ? null : await readAllCount(store),
  };
};
