import {
  AppendOutcome,
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
  validateAppend,
} from '@debiteur/eventstore';
import { Pool } from 'pg';
import { appendGroup } from './append-group';
import { AppendRequest } from './append-rules';
import { AppendSql, appendSql } from './append-sql';
import { translated } from './driver-errors';
import { EVENT_COLUMNS, EVENT_QUERY, EventRow, toRecordedEvents } from './event-rows';
import { GroupCommit } from './group-commit';
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

/** At least 1; anything not a finite number is 1 (no grouping). */
export const groupSize = (appendsInOneCommit: number | undefined): number =>
  appendsInOneCommit === undefined || !Number.isFinite(appendsInOneCommit)
    ? 1
    : Math.max(1, Math.floor(appendsInOneCommit));

export interface PostgresEventStoreOptions {
  readonly ownsPool: boolean;
  readonly settleMillis: number;
  /** Group commit, for bulk writers: see PostgresStoreOptions.appendsInOneCommit. */
  readonly appendsInOneCommit?: number;
}

/**
 * The event store on PostgreSQL. Appends are one transaction each; readAll orders events
 * by (transaction id, position) and only shows transactions older than every running one,
 * so its checkpoints never skip an event that commits late.
 *
 * With `appendsInOneCommit` (opt-in, for an import), appends made in one turn of the event
 * loop are queued and made together, up to that many, in ONE transaction on one connection,
 * in the order made, each as if made alone (append-group.ts); groups run one after another.
 * A group of one is an ordinary append.
 */
export class PostgresEventStore implements EventStore {
  /** Set only when asked for: how many appends of one turn are committed together. */
  readonly appendsInOneCommit?: number;
  private readonly sql: AppendSql;
  private readonly ownsPool: boolean;
  private readonly readContext: ReadAllContext;
  private readonly groups: GroupCommit | null = null;
  private closed: Promise<void> | null = null;

  /** Use openPostgresEventStore or openPostgresStores, which also migrate the schema. */
  constructor(
    private readonly pool: Pool,
    private readonly names: SchemaNames,
    options: PostgresEventStoreOptions,
  ) {
    this.sql = appendSql(names);
    this.ownsPool = options.ownsPool;
    this.readContext = {
      pool,
      names,
      settleMillis: options.settleMillis,
      ensureOpen: () => this.ensureOpen(),
    };
    const together = groupSize(options.appendsInOneCommit);
    if (together > 1) {
      this.appendsInOneCommit = together;
      this.groups = new GroupCommit((group) => this.commitGroup(group), together);
    }
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.ensureOpen();
    const request = { streamId, events, expectedVersion: options.expectedVersion };
    if (this.groups === null) return appendEvents(this.pool, this.sql, request);
    // Checked before it joins a group: a malformed append never reaches the transaction.
    validateAppend(streamId, events, options.expectedVersion);
    return this.groups.submit(request);
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

  /** Lets appends already made settle, then ends the pool if the store opened it. Idempotent. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      await this.groups?.settled();
      if (this.ownsPool) await this.pool.end();
    })();
    return this.closed;
  }

  private commitGroup(group: readonly AppendRequest[]): Promise<AppendOutcome[]> {
    const [only] = group;
    if (group.length === 1 && only !== undefined) {
      return appendEvents(this.pool, this.sql, only).then(
        (result): AppendOutcome[] => [{ _tag: 'Appended', result }],
        (error: unknown): AppendOutcome[] => [{ _tag: 'Refused', error }],
      );
    }
    return appendGroup(this.pool, this.sql, this.names, group);
  }

  private ensureOpen(): void {
    if (this.closed !== null) throw new StoreUnavailable('The PostgreSQL event store is closed');
  }
}
