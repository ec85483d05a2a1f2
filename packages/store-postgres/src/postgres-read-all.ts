import { GlobalPosition, ReadAllOptions, RecordedEvent } from '@debiteur/eventstore';
import { Pool } from 'pg';
import { translated } from './driver-errors';
import {
  EVENT_COLUMN_COUNT,
  EVENT_QUERY,
  EventRow,
  READ_TYPES,
  toRecordedEvents,
} from './event-rows';
import { decodePosition, encodePosition, START } from './global-position';
import { headPositionQuery, Horizon, HorizonColumns, readAllPageQuery } from './read-all-sql';
import { SchemaNames } from './schema-names';

const DEFAULT_BATCH_SIZE = 500;
const MAX_BATCH_SIZE = 10_000;
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 50;

export interface ReadAllContext {
  readonly pool: Pool;
  readonly names: SchemaNames;
  /**
   * How long a read waits, at most, for transactions that were running when it began,
   * while events committed after them wait above the horizon (see readAllPageQuery).
   */
  readonly settleMillis: number;
  readonly ensureOpen: () => void;
}

/**
 * A page row: an event (the horizon columns null), or the horizon row that ends the page
 * (the event columns null), which horizonOf checks.
 */
type PageRow = [...EventRow, ...HorizonColumns];
interface HeadRow {
  readonly horizon: string;
  readonly next_transaction: string;
  readonly held_back: boolean;
  readonly transaction_id: string | null;
  readonly position: string | null;
}

const pageSize = (batchSize: number | undefined): number =>
  Math.min(MAX_BATCH_SIZE, Math.max(1, Math.floor(batchSize ?? DEFAULT_BATCH_SIZE)));

/** The page's last row: its horizon (readAllPageQuery). */
const horizonOf = (rows: readonly PageRow[]): Horizon => {
  const row: readonly unknown[] = rows[rows.length - 1] ?? [];
  const [horizon, nextTransaction, heldBack] = row.slice(EVENT_COLUMN_COUNT);
  if (
    row[0] !== null ||
    typeof horizon !== 'string' ||
    typeof nextTransaction !== 'string' ||
    typeof heldBack !== 'boolean'
  ) {
    throw new Error('A readAll page did not end with its horizon row');
  }
  return { horizon, nextTransaction, heldBack };
};

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits between re-reads while events are held back, until `settleMillis` has passed since
 * the first wait. Returns false when the time is up: the read then ends early, and the
 * held-back events come with the next read from the checkpoint, as they would anyway.
 */
const settler = (settleMillis: number): (() => Promise<boolean>) => {
  let deadline: number | null = null;
  let next = FIRST_PAUSE_MS;
  return async () => {
    deadline ??= Date.now() + settleMillis;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await pause(Math.min(next, left));
    next = Math.min(next * 2, LONGEST_PAUSE_MS);
    return true;
  };
};

/**
 * Streams the global order page by page, one query per page, holding no connection
 * between pages. A read shows every event committed before it began unless a
 * transaction older than that one outlives `settleMillis`; it never skips one.
 */
export async function* readAllEventPages(
  context: ReadAllContext,
  options: ReadAllOptions,
): AsyncGenerator<readonly RecordedEvent[]> {
  const batchSize = pageSize(options.batchSize);
  const settle = settler(context.settleMillis);
  let after =
    options.after === undefined || options.after === null ? START : decodePosition(options.after);
  let settleBelow: string | null = null;
  const pages = readAllPageQuery(context.names, options.filter);
  for (;;) {
    context.ensureOpen();
    const values = pages.values(after, batchSize, settleBelow);
    const { rows } = await translated(() =>
      context.pool.query<PageRow>({ ...pages.statement, values, ...EVENT_QUERY }),
    );
    const { nextTransaction, heldBack } = horizonOf(rows);
    settleBelow ??= nextTransaction;
    const count = rows.length - 1;
    const last = rows[count - 1];
    if (count > 0) yield toRecordedEvents(rows, count);
    if (last !== undefined) after = { transactionId: last[0], position: last[1] };
    if (count === batchSize) continue;
    if (!heldBack || !(await settle())) return;
  }
}

/** `readAllEventPages` event by event. */
export async function* readAllEvents(
  context: ReadAllContext,
  options: ReadAllOptions,
): AsyncGenerator<RecordedEvent> {
  for await (const page of readAllEventPages(context, options)) yield* page;
}

/** The newest event a reader can see, after the same bounded wait as readAllEvents. */
export const headPosition = async (context: ReadAllContext): Promise<GlobalPosition | null> => {
  const settle = settler(context.settleMillis);
  let settleBelow: string | null = null;
  for (;;) {
    context.ensureOpen();
    const query = headPositionQuery(context.names, settleBelow);
    const { rows } = await translated(() =>
      context.pool.query<HeadRow>({ ...query, types: READ_TYPES }),
    );
    const head = rows[0];
    if (head === undefined) return null;
    settleBelow ??= head.next_transaction;
    if (!head.held_back || !(await settle())) {
      return head.transaction_id === null || head.position === null
        ? null
        : encodePosition({ transactionId: head.transaction_id, position: head.position });
    }
  }
};
