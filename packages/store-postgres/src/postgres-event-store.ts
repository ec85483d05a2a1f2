import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  GlobalPosition,
  ReadAllFilter,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreUnavailable,
} from '@debiteur/eventstore';
import { Pool } from 'pg';
import { AppendSql, appendSql } from './append-sql';
import { translated } from './driver-errors';
import { EVENT_COLUMNS, EVENT_QUERY, EventRow, toRecordedEvents } from './event-rows';
import { appendEvents } from './postgres-append';
import {
  headPosition,
  readAllEventPages,
  readAllEvents,
  ReadAllContext,
} from './postgres-read-all';
import { countAllQuery } from './read-all-sql';
import { SchemaNames } from './schema-names';

const INT4_MAX = 2_147_483_647;

/**
 * The event store on PostgreSQL. Appends are one transaction each; readAll orders events
 * by (transaction id, position) and only shows transactions older than every running one,
 * so its checkpoints never skip an event that commits late.
 */
export class PostgresEventStore implements EventStore {
  private readonly sql: AppendSql;
  private readonly ownsPool: boolean;
  private readonly readContext: ReadAllContext;
  private closed: Promise<void> | null = null;

  /** Use openPostgresEventStore or openPostgresStores, which also migrate the schema. */
  constructor(
    private readonly pool: Pool,
    private readonly names: SchemaNames,
    options: { readonly ownsPool: boolean; readonly settleMillis: number },
  ) {
    this.sql = appendSql(names);
    this.ownsPool = options.ownsPool;
    this.readContext = {
      pool,
      names,
      settleMillis: options.settleMillis,
      ensureOpen: () => this.ensureOpen(),
    };
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.ensureOpen();
    return appendEvents(this.pool, this.sql, {
      streamId,
      events,
      expectedVersion: options.expectedVersion,
    });
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    this.ensureOpen();
    const from = Math.max(1, options.from ?? 1);
    const to = Math.min(INT4_MAX, options.to ?? INT4_MAX);
    const limit = options.maxCount === undefined ? null : Math.max(0, options.maxCount);
    const { rows } = await translated(() =>
      this.pool.query<EventRow>({
        text: `SELECT ${EVENT_COLUMNS} FROM ${this.names.events}
                WHERE stream_id = $1 AND stream_version BETWEEN $2 AND $3
                ORDER BY stream_version LIMIT $4`,
        values: [streamId, from, to, limit],
        ...EVENT_QUERY,
      }),
    );
    return toRecordedEvents(rows);
  }

  async streamVersion(streamId: string): Promise<number> {
    this.ensureOpen();
    const { rows } = await translated(() =>
      this.pool.query<{ version: number }>(this.sql.currentVersion, [streamId]),
    );
    return rows[0]?.version ?? 0;
  }

  /**
   * Pages through the global order; each page is one query, so memory stays bounded. Shows
   * every event committed before the call, unless an older transaction outlives the
   * settle time; then the rest comes with the next read from the checkpoint.
   */
  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return readAllEvents(this.readContext, options);
  }

  readAllPages(options: ReadAllOptions = {}): AsyncIterable<readonly RecordedEvent[]> {
    return readAllEventPages(this.readContext, options);
  }

  headPosition(): Promise<GlobalPosition | null> {
    return headPosition(this.readContext);
  }

  async countAll(filter?: ReadAllFilter): Promise<number> {
    this.ensureOpen();
    const { rows } = await translated(() =>
      this.pool.query<{ count: number }>(countAllQuery(this.names, filter)),
    );
    return rows[0]?.count ?? 0;
  }

  /** Ends the pool if the store opened it; idempotent. */
  close(): Promise<void> {
    this.closed ??= this.ownsPool ? this.pool.end() : Promise.resolve();
    return this.closed;
  }

  private ensureOpen(): void {
    if (this.closed !== null) throw new StoreUnavailable('The PostgreSQL event store is closed');
  }
}
