import type { Database, Statement } from 'better-sqlite3';
import { ReadAllFilter } from '@debiteur/eventstore';
import { EVENT_COLUMNS, EventInsert, EventRow } from './event-rows';

/** An event id already in the store: where it is and where it sits in the global order. */
export interface StoredIdRow {
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly global_position: string;
}

export interface ReadStreamParams {
  readonly streamId: string;
  readonly from: number;
  readonly to: number;
  /** SQLite reads a negative LIMIT as "no limit". */
  readonly limit: number;
}

/** The filter's parameters of a count (see `ReadAllParams`). */
export type CountParams = Omit<ReadAllParams, 'after' | 'limit'>;

export interface ReadAllParams {
  readonly after: bigint;
  readonly limit: number;
  readonly tenantId?: string;
  /** The categories as a JSON array, unpacked in SQL by json_each. */
  readonly categories?: string;
}

/** The filter's conditions, after a WHERE that already has one (parameters as `ReadAllParams`). */
const filterConditions = (filter: ReadAllFilter | undefined): string =>
  (filter?.tenantId !== undefined ? ' AND tenant_id = @tenantId' : '') +
  (filter?.categories !== undefined
    ? ' AND category IN (SELECT value FROM json_each(@categories))'
    : '');

/** The page query of a bulk read with this filter's shape (parameters as `ReadAllParams`). */
export const readAllSql = (filter: ReadAllFilter | undefined): string =>
  `SELECT ${EVENT_COLUMNS} FROM events
    WHERE position > @after${filterConditions(filter)}
    ORDER BY position LIMIT @limit`;

/**
 * Every statement the store runs, prepared once per connection. readAll has four shapes
 * (with or without each filter), prepared on first use; the category list is bound as
 * one JSON array, so any number of categories shares a statement.
 */
export class EventStatements {
  readonly streamVersion: Statement<[string], { version: number }>;
  readonly storedIds: Statement<[string], StoredIdRow>;
  readonly insert: Statement<[EventInsert], { global_position: string }>;
  readonly readStream: Statement<[ReadStreamParams], EventRow>;
  readonly headPosition: Statement<[], { global_position: string | null }>;
  private readonly readAllShapes = new Map<string, Statement<[ReadAllParams], EventRow>>();
  private readonly countShapes = new Map<string, Statement<[CountParams], { count: number }>>();

  constructor(private readonly db: Database) {
    this.streamVersion = db.prepare(
      'SELECT COALESCE(MAX(stream_version), 0) AS version FROM events WHERE stream_id = ?',
    );
    this.storedIds = db.prepare(
      `SELECT event_id, stream_id, stream_version, CAST(position AS TEXT) AS global_position
         FROM events WHERE event_id IN (SELECT value FROM json_each(?))`,
    );
    this.insert = db.prepare(
      `INSERT INTO events (event_id, stream_id, stream_version, category, tenant_id, type,
         schema_version, data, metadata, recorded_at)
       VALUES (@event_id, @stream_id, @stream_version, @category, @tenant_id, @type,
         @schema_version, @data, @metadata, @recorded_at)
       RETURNING CAST(position AS TEXT) AS global_position`,
    );
    this.readStream = db
      .prepare<[ReadStreamParams], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events
          WHERE stream_id = @streamId AND stream_version BETWEEN @from AND @to
          ORDER BY stream_version LIMIT @limit`,
      )
      .raw(true);
    this.headPosition = db.prepare(
      'SELECT CAST(MAX(position) AS TEXT) AS global_position FROM events',
    );
  }

  /** The count of the events a bulk read with this filter gives (see `EventStore.countAll`). */
  countAll(filter: ReadAllFilter | undefined): Statement<[CountParams], { count: number }> {
    const key = `${filter?.tenantId !== undefined}:${filter?.categories !== undefined}`;
    const cached = this.countShapes.get(key);
    if (cached) return cached;
    const statement = this.db.prepare<[CountParams], { count: number }>(
      `SELECT count(*) AS count FROM events WHERE true${filterConditions(filter)}`,
    );
    this.countShapes.set(key, statement);
    return statement;
  }

  /** The page query for this filter's shape. */
  readAll(filter: ReadAllFilter | undefined): Statement<[ReadAllParams], EventRow> {
    const byTenant = filter?.tenantId !== undefined;
    const byCategory = filter?.categories !== undefined;
    const key = `${byTenant}:${byCategory}`;
    const cached = this.readAllShapes.get(key);
    if (cached) return cached;
    const statement = this.db.prepare<[ReadAllParams], EventRow>(readAllSql(filter)).raw(true);
    this.readAllShapes.set(key, statement);
    return statement;
  }
}
