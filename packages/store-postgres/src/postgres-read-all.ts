import { GlobalPosition, ReadAllOptions, RecordedEvent } from '@debiteur/eventstore';
import { Pool } from 'pg';
import { translated } from './driver-errors';
import { EventRow, toRecordedEvent } from './event-rows';
import { decodePosition, encodePosition, START } from './global-position';
import { headPositionQuery, HorizonColumns, readAllPage } from './read-all-sql';
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
   * while events committed after them wait above the horizon (see readAllPage).
   */
  readonly settleMillis: number;
  readonly ensureOpen: () => void;
}

type PageRow = HorizonColumns & (EventRow | { readonly event_id: null });
type HeadRow = HorizonColumns & {
  readonly transaction_id: string | null;
  readonly position: string | null;
};

const pageSize = (batchSize: number | undefined): number =>
  Math.min(MAX_BATCH_SIZE, Math.max(1, Math.floor(batchSize ?? DEFAULT_BATCH_SIZE)));

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
export async function* readAllEvents(
  context: ReadAllContext,
  options: ReadAllOptions,
): AsyncGenerator<RecordedEvent> {
  const batchSize = pageSize(options.batchSize);
  const settle = settler(context.settleMillis);
  let after =
    options.after === undefined || options.after === null ? START : decodePosition(options.after);
  let settleBelow: string | null = null;
  for (;;) {
    context.ensureOpen();
    const page = readAllPage(context.names, after, options.filter, batchSize, settleBelow);
    const { rows } = await translated(() => context.pool.query<PageRow>(page.text, page.values));
    const first = rows[0];
    if (first === undefined) return;
    settleBelow ??= first.next_transaction;
    const events = rows.flatMap((row) => (row.event_id === null ? [] : [row as EventRow]));
    for (const row of events) yield toRecordedEvent(row);
    const last = events[events.length - 1];
    if (last !== undefined)
      after = { transactionId: last.transaction_text, position: last.position_text };
    if (events.length === batchSize) continue;
    if (!first.held_back || !(await settle())) return;
  }
}

/** The newest event a reader can see, after the same bounded wait as readAllEvents. */
export const headPosition = async (context: ReadAllContext): Promise<GlobalPosition | null> => {
  const settle = settler(context.settleMillis);
  let settleBelow: string | null = null;
  for (;;) {
    context.ensureOpen();
    const query = headPositionQuery(context.names, settleBelow);
    const { rows } = await translated(() => context.pool.query<HeadRow>(query.text, query.values));
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
