import Database from 'better-sqlite3';
import { processCpuSeconds } from '../process-usage';

/** A raw read: its rate, and the CPU time this process spent on it in all its threads. */
export interface RawRead {
  readonly perSecond: number;
  readonly cpuSeconds: number;
}

/** The page size of `debiteur replay` (READ_BATCH in apps/cli/src/analyst/event-source.ts). */
export const SQLITE_PAGE = 1_000;

/** The replay's select list, in global order, a page after `@after`. */
export const RAW_SQLITE_PAGE = `SELECT CAST(position AS TEXT), event_id, stream_id, stream_version, type,
    schema_version, data, metadata, recorded_at
  FROM events WHERE position > @after ORDER BY position LIMIT @limit`;

/**
 * The raw rate: every row through better-sqlite3 in pages of `SQLITE_PAGE` (the replay's
 * page size), in raw mode (an array per row, no object), data and metadata JSON.parsed: the
 * fastest plain read of the table we know, so the share is against the best baseline.
 */
export const rawSqliteRate = (path: string): RawRead => {
  const db = new Database(path, { readonly: true });
  try {
    const select = db
      .prepare<[{ after: bigint; limit: number }], string[]>(RAW_SQLITE_PAGE)
      .raw(true);
    const cpuBefore = processCpuSeconds();
    const started = process.hrtime.bigint();
    let read = 0;
    let after = 0n;
    for (;;) {
      const rows = select.all({ after, limit: SQLITE_PAGE });
      for (const row of rows) {
        JSON.parse(row[6] ?? '');
        JSON.parse(row[7] ?? '');
      }
      read += rows.length;
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < SQLITE_PAGE) break;
      after = BigInt(last[0] ?? '0');
    }
    return {
      perSecond: read / (Number(process.hrtime.bigint() - started) / 1e9),
      cpuSeconds: processCpuSeconds() - cpuBefore,
    };
  } finally {
    db.close();
  }
};
