/**
 * The little of EventStoreDB the adapter uses, in the database's own terms (0-based stream
 * revisions, commit/prepare positions). Only `esdb-client.ts` knows the client library, so
 * moving to its successor (@kurrent/kurrentdb-client) means rewriting that one file.
 */

/** A place in `$all`: the commit and prepare positions of a record in the transaction log. */
export interface EsdbPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** What the server checks before it writes; a number is the revision of the last event. */
export type EsdbExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | bigint;

/** Where a stream is: it does not exist, or the revision of its last event. */
export type EsdbCurrentRevision = 'no_stream' | bigint;

export type EsdbDirection = 'forwards' | 'backwards';

/** An event to write, with JSON data and JSON metadata. `id` must be a UUID. */
export interface EsdbEventToWrite {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

export interface EsdbRecordedEvent {
  readonly streamName: string;
  readonly id: string;
  readonly type: string;
  /** 0-based number of the event in its stream. */
  readonly revision: bigint;
  /** Parsed JSON, or the raw bytes when the event was not written as JSON. */
  readonly data: unknown;
  readonly metadata: unknown;
  readonly isJson: boolean;
  readonly created: Date;
  /** Absent on stream reads from servers older than 22.10. */
  readonly position: EsdbPosition | null;
}

export interface EsdbAppendResult {
  readonly nextExpectedRevision: bigint;
}

export interface EsdbReadStreamRequest {
  readonly from: bigint | 'start' | 'end';
  readonly direction: EsdbDirection;
  readonly maxCount: number;
}

export interface EsdbReadAllRequest {
  /** Inclusive or not is the server's business: callers skip what they have seen. */
  readonly from: EsdbPosition | 'start' | 'end';
  readonly direction: EsdbDirection;
  /**
   * How many matching events the caller wants. An implementation that filters on the
   * client may scan, and return, more at a time, so sparse filters need few round trips.
   */
  readonly maxCount: number;
  /** Only events of streams whose name starts with one of these; absent: every stream. */
  readonly streamPrefixes?: readonly string[];
}

export interface EsdbReadAllPage {
  /** The matching events in read order. */
  readonly events: readonly EsdbRecordedEvent[];
  /** Position of the last record the read went over (matching or not): read on from here. */
  readonly last: EsdbPosition | null;
  /** The read met the end (or the start, reading backwards) of `$all`. */
  readonly reachedEnd: boolean;
}

/** The stream was not at the expected revision. */
export class EsdbWrongExpectedRevision extends Error {
  override readonly name = 'EsdbWrongExpectedRevision';
  constructor(
    readonly streamName: string,
    readonly actual: EsdbCurrentRevision,
  ) {
    super(`Stream ${streamName} is at revision ${String(actual)}`);
  }
}

/**
 * The client as the adapter sees it. Every method throws EsdbWrongExpectedRevision (append
 * only), the port's StoreUnavailable for connection and server faults, or a programming error.
 */
export interface EsdbClient {
  /** Appends atomically with the server's expected-revision check. */
  append(
    streamName: string,
    events: readonly EsdbEventToWrite[],
    expected: EsdbExpectedRevision,
  ): Promise<EsdbAppendResult>;
  /** The stream's events; a stream that does not exist reads as empty. */
  readStream(streamName: string, request: EsdbReadStreamRequest): Promise<EsdbRecordedEvent[]>;
  /** One page of `$all`, system events included unless the prefixes leave them out. */
  readAll(request: EsdbReadAllRequest): Promise<EsdbReadAllPage>;
  /** Sets the stream's `$maxCount`: the server keeps only its newest `maxCount` events. */
  setStreamMaxCount(streamName: string, maxCount: number): Promise<void>;
  close(): Promise<void>;
}
