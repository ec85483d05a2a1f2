import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedVersionConflict,
  GlobalPosition,
  ReadAllFilter,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreUnavailable,
  validateAppend,
} from '@debiteur/eventstore';
import { EsdbClient, EsdbPosition, EsdbWrongExpectedRevision } from './esdb-client.port';
import { revisionOf, toExpectedRevision, versionAfter, versionOfCurrent } from './expected-version';
import { comparePositions, decodePosition, encodePosition } from './global-position';
import { toEsdbEvent, toRecordedEvent } from './recorded-event';
import { classifyClaims } from './retried-append';
import { StreamNames, isVisible, streamNames } from './stream-names';

export interface EventStoreDbEventStoreOptions {
  /** Prefix on every stream name, so several stores can share one database (default none). */
  readonly namespace?: string;
}

const DEFAULT_BATCH_SIZE = 500;
const HEAD_PAGE = 100;

/**
 * The event store port over EventStoreDB. Streams map one to one (revision = version − 1),
 * global positions are `$all` positions, and idempotency by event id rests on one claim
 * stream per event id (see event-id-claims.ts), since the server deduplicates only within
 * a stream and only when the expected revision matches the original write.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly names: StreamNames;
  private closed: Promise<void> | null = null;

  /** Use openEventStoreDbEventStore, which connects the client. */
  constructor(
    private readonly client: EsdbClient,
    options: EventStoreDbEventStoreOptions = {},
    private readonly ownsClient = true,
  ) {
    this.names = streamNames(options.namespace);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.ensureOpen();
    const streamName = this.names.stream(streamId);
    validateAppend(streamId, events, options.expectedVersion);
    const expected = toExpectedRevision(options.expectedVersion);
    const retry = await classifyClaims(this.client, this.names, streamId, events);
    if (retry._tag === 'AlreadyAppended') return retry.result;

    let next: bigint;
    try {
      ({ nextExpectedRevision: next } = await this.client.append(
        streamName,
        events.map(toEsdbEvent),
        expected,
      ));
    } catch (error) {
      if (!(error instanceof EsdbWrongExpectedRevision)) throw error;
      const actual = versionOfCurrent(error.actual);
      throw new ExpectedVersionConflict(streamId, options.expectedVersion, actual);
    }
    // The append's own position is not reliably that of its last event (for a batch it
    // spans the transaction), so the last event is read back for the position readAll shows.
    const [last] = await this.client.readStream(streamName, {
      from: next,
      direction: 'forwards',
      maxCount: 1,
    });
    if (last === undefined) throw new StoreUnavailable(`Appended events of ${streamId} are gone`);
    return {
      nextExpectedVersion: versionAfter(next),
      lastPosition: toRecordedEvent(streamId, last).globalPosition,
      alreadyAppended: false,
    };
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    this.ensureOpen();
    const from = Math.max(options.from ?? 1, 1);
    const count = Math.min(options.maxCount ?? Infinity, (options.to ?? Infinity) - from + 1);
    if (!(count > 0)) return [];
    const events = await this.client.readStream(this.names.stream(streamId), {
      from: revisionOf(from),
      direction: 'forwards',
      maxCount: count,
    });
    return events.map((event) => toRecordedEvent(streamId, event));
  }

  async streamVersion(streamId: string): Promise<number> {
    this.ensureOpen();
    const [last] = await this.client.readStream(this.names.stream(streamId), {
      from: 'end',
      direction: 'backwards',
      maxCount: 1,
    });
    return last === undefined ? 0 : versionAfter(last.revision);
  }

  /**
   * Pages through `$all` forwards. The log is written by one writer in commit order, so a
   * position, once read, has nothing committed before it later: checkpoints stay valid.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for await (const page of this.readAllPages(options)) yield* page;
  }

  /** See `readAll`: each page of `$all`, less what the filter leaves out, when not empty. */
  async *readAllPages(options: ReadAllOptions = {}): AsyncIterable<readonly RecordedEvent[]> {
    const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
    const categories = options.filter?.categories;
    const tenantId = options.filter?.tenantId;
    const streamPrefixes = this.names.prefixesFor(categories);
    let seen =
      options.after === null || options.after === undefined ? null : decodePosition(options.after);
    for (;;) {
      this.ensureOpen();
      const page = await this.client.readAll({
        from: seen ?? 'start',
        direction: 'forwards',
        // One more than wanted after a position: the read may return that position again.
        maxCount: seen === null ? batchSize : batchSize + 1,
        ...(streamPrefixes === undefined ? {} : { streamPrefixes }),
      });
      const visible: RecordedEvent[] = [];
      for (const event of page.events) {
        if (isAtOrBefore(event.position, seen) || !isVisible(this.names, event, categories))
          continue;
        const recorded = toRecordedEvent(this.names.streamIdOf(event.streamName) ?? '', event);
        if (tenantId === undefined || recorded.metadata.tenantId === tenantId)
          visible.push(recorded);
      }
      if (visible.length > 0) yield visible;
      if (page.reachedEnd || page.last === null) return;
      if (isAtOrBefore(page.last, seen))
        throw new StoreUnavailable('Reading $all made no progress');
      seen = page.last;
    }
  }

  /** EventStoreDB keeps no count of a filtered `$all`: the events are read and counted. */
  async countAll(filter?: ReadAllFilter): Promise<number> {
    let count = 0;
    for await (const page of this.readAllPages(filter === undefined ? {} : { filter })) {
      count += page.length;
    }
    return count;
  }

  /** The newest event readAll would show, found by reading `$all` backwards past system events. */
  async headPosition(): Promise<GlobalPosition | null> {
    this.ensureOpen();
    const streamPrefixes = this.names.prefixesFor();
    let before: EsdbPosition | null = null;
    for (;;) {
      const page = await this.client.readAll({
        from: before ?? 'end',
        direction: 'backwards',
        maxCount: HEAD_PAGE,
        ...(streamPrefixes === undefined ? {} : { streamPrefixes }),
      });
      for (const event of page.events) {
        const position = event.position;
        if (position === null || (before !== null && comparePositions(position, before) >= 0))
          continue;
        if (isVisible(this.names, event)) return encodePosition(position);
      }
      if (page.reachedEnd || page.last === null) return null;
      before = page.last;
    }
  }

  /** Disposes of the client if the store connected it; idempotent. */
  close(): Promise<void> {
    this.closed ??= this.ownsClient ? this.client.close() : Promise.resolve();
    return this.closed;
  }

  private ensureOpen(): void {
    if (this.closed !== null) throw new StoreUnavailable('The EventStoreDB event store is closed');
  }
}

const isAtOrBefore = (position: EsdbPosition | null, seen: EsdbPosition | null): boolean =>
  position === null || (seen !== null && comparePositions(position, seen) <= 0);
