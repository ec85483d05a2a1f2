/**
 * The event store port: what every adapter (memory, SQLite, PostgreSQL, EventStoreDB)
 * provides, and what the contract suite in `testing/` checks.
 *
 * Versions count events in a stream: an empty stream is at version 0, the first event
 * makes it 1. Global positions are opaque, JSON-safe strings whose order only the adapter
 * that produced them knows; never parse them outside it.
 */

/** Opaque, JSON-safe position in the global order (`readAll`); also a checkpoint. */
export type GlobalPosition = string;

/**
 * What the writer expects of the stream: `no-stream` (create), `stream-exists`, `any`,
 * or the exact current version (0 means the same as `no-stream`).
 */
export type ExpectedVersion = 'no-stream' | 'stream-exists' | 'any' | number;

export interface EventMetadataToAppend {
  readonly tenantId: string;
  /** Business time (ISO-8601 with offset). */
  readonly occurredAt: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
}

/** An event as the writer hands it over. `data` must be JSON-serialisable. */
export interface EventToAppend {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadataToAppend;
  /**
   * Only for an import (docs/adr/0027): the `recordedAt` another store gave the event, an
   * ISO-8601 instant with an offset. The store keeps it instead of its own clock, so an
   * as-of look-back still sees when the event entered the books. New events leave it out.
   */
  readonly originallyRecordedAt?: string;
}

/** An event as the store recorded it. */
export interface RecordedEvent extends Omit<EventToAppend, 'originallyRecordedAt'> {
  readonly streamId: string;
  /** The stream's version after this event (1 for the first). */
  readonly streamVersion: number;
  readonly globalPosition: GlobalPosition;
  /** Store time (ISO-8601 with offset), assigned at commit. */
  readonly recordedAt: string;
}

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append: pass it as `expectedVersion` next time. */
  readonly nextExpectedVersion: number;
  /** Position of the last appended event. */
  readonly lastPosition: GlobalPosition;
  /**
   * True when every event id was already stored in this stream: nothing was written
   * (idempotent retry), and the version and position above are those of the newest of
   * these events as originally appended.
   */
  readonly alreadyAppended: boolean;
}

export interface ReadStreamOptions {
  /** First version to read, inclusive (default 1). */
  readonly from?: number;
  /** Last version to read, inclusive (default: the end). */
  readonly to?: number;
  readonly maxCount?: number;
}

export type StreamCategory = 'invoice' | 'debtor' | 'tenant';

export interface ReadAllFilter {
  /** Only events whose `metadata.tenantId` is this. */
  readonly tenantId?: string;
  /** Only events of streams in these categories: the stream id before its first `:`. */
  readonly categories?: readonly StreamCategory[];
}

export interface ReadAllOptions {
  /** Read events strictly after this checkpoint; null or absent: from the start. */
  readonly after?: GlobalPosition | null;
  readonly filter?: ReadAllFilter;
  /** Page size the adapter fetches at a time; memory stays bounded by it. */
  readonly batchSize?: number;
}

export interface EventStore {
  /**
   * How many appends made in one turn of the event loop, without awaiting one another, the
   * store commits together: in one transaction, in the order they were made, each as if made
   * alone (SQLite's group commit: its group size; PostgreSQL's when opened with group commit
   * for a bulk writer, ADR 0039). A bulk writer, such as an import, may make that many at once
   * and keep its global order; if the transaction fails as a whole, each of them is refused
   * and nothing else is written. Absent: only an awaited append is sure to come before the
   * next (PostgreSQL, by default, commits concurrent appends in any order).
   */
  readonly appendsInOneCommit?: number;
  /**
   * Appends a non-empty batch atomically. Idempotent by event id, checked before the
   * expected version: a batch whose ids are all stored in this stream is a no-op
   * (`alreadyAppended`); a batch mixing stored and new ids, or reusing an id of another
   * stream, throws EventIdReused. A version mismatch throws ExpectedVersionConflict.
   */
  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /** The stream's events in version order; an unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  /** The stream's current version; 0 when it does not exist. */
  streamVersion(streamId: string): Promise<number>;
  /**
   * Every event in one global order, streamed page by page. Never skips an event that
   * commits late under concurrent writers: a checkpoint taken from what was read stays valid.
   */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /**
   * The same events as `readAll`, in the same order, a page (at most `batchSize`, never
   * empty) at a time: for bulk readers that fold a page at once instead of awaiting each event.
   */
  readAllPages(options?: ReadAllOptions): AsyncIterable<readonly RecordedEvent[]>;
  /** The position of the newest event visible to readAll, for lag reports; null when empty. */
  headPosition(): Promise<GlobalPosition | null>;
  /**
   * How many events `readAll` with this filter would give now: counted by the database where
   * it can (SQLite, PostgreSQL, memory), read and counted where it cannot (EventStoreDB). For
   * progress totals, not for checks: an append in between changes the answer.
   */
  countAll(filter?: ReadAllFilter): Promise<number>;
  close(): Promise<void>;
}
