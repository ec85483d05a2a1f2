import {
  classifyRetry,
  RetryClassification,
  satisfiesExpectedVersion,
  StoredEventId,
  validateAppend,
} from '../append-rules';
import { ExpectedVersionConflict, StoreUnavailable } from '../errors';
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
} from '../event-store.port';
import { recordedAtOf } from '../recorded-at';
import { streamCategory } from '../stream-category';
import { deepFreeze, jsonCopy } from './json-copy';

export interface InMemoryEventStoreOptions {
  /** The store clock for `recordedAt`; inject one to make tests deterministic. */
  readonly now?: () => Date;
}

const DEFAULT_BATCH_SIZE = 500;

/** Positions are the 1-based index into the global log, as decimal strings. */
const positionOf = (index: number): GlobalPosition => String(index + 1);

const indexAfter = (position: GlobalPosition | null | undefined): number => {
  if (position === null || position === undefined) return 0;
  if (!/^\d+$/.test(position))
    throw new RangeError(`Not a position of the in-memory store: ${position}`);
  return Number(position);
};

const matches = (event: RecordedEvent, filter: ReadAllFilter | undefined): boolean =>
  (filter?.tenantId === undefined || event.metadata.tenantId === filter.tenantId) &&
  (filter?.categories === undefined ||
    filter.categories.some((category) => category === streamCategory(event.streamId)));

/**
 * An event store in process memory: for tests, demos and the analyst tools. Every append
 * runs without an `await` between check and write, so it is atomic on Node's one thread.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, number[]>();
  private readonly byEventId = new Map<string, number>();
  private readonly now: () => Date;
  private closed = false;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    await this.yieldTurn();
    validateAppend(streamId, events, options.expectedVersion);
    const retry = this.classifyStoredIds(streamId, events);
    if (retry._tag === 'AlreadyAppended') return retry.result;

    const indices = this.streams.get(streamId) ?? [];
    if (!satisfiesExpectedVersion(options.expectedVersion, indices.length)) {
      throw new ExpectedVersionConflict(streamId, options.expectedVersion, indices.length);
    }
    const committedAt = this.now().toISOString();
    for (const event of events) {
      const index = this.log.length;
      const { originallyRecordedAt: _kept, ...content } = jsonCopy(event);
      this.log.push(
        deepFreeze({
          ...content,
          streamId,
          streamVersion: indices.length + 1,
          globalPosition: positionOf(index),
          recordedAt: recordedAtOf(event, committedAt),
        }),
      );
      indices.push(index);
      this.byEventId.set(event.eventId, index);
    }
    this.streams.set(streamId, indices);
    return {
      nextExpectedVersion: indices.length,
      lastPosition: positionOf(this.log.length - 1),
      alreadyAppended: false,
    };
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    await this.yieldTurn();
    const indices = this.streams.get(streamId) ?? [];
    const from = Math.max(options.from ?? 1, 1);
    const to = Math.min(options.to ?? indices.length, indices.length);
    const end = Math.min(to, from - 1 + (options.maxCount ?? Infinity));
    return indices.slice(from - 1, Math.max(end, from - 1)).map((index) => this.at(index));
  }

  async streamVersion(streamId: string): Promise<number> {
    await this.yieldTurn();
    return this.streams.get(streamId)?.length ?? 0;
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for await (const page of this.readAllPages(options)) yield* page;
  }

  async *readAllPages(options: ReadAllOptions = {}): AsyncIterable<readonly RecordedEvent[]> {
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    let next = indexAfter(options.after);
    for (;;) {
      await this.yieldTurn();
      const page: RecordedEvent[] = [];
      while (page.length < batchSize && next < this.log.length) {
        const event = this.at(next);
        next += 1;
        if (matches(event, options.filter)) page.push(event);
      }
      if (page.length === 0) return;
      yield page;
    }
  }

  async headPosition(): Promise<GlobalPosition | null> {
    await this.yieldTurn();
    return this.log.length === 0 ? null : positionOf(this.log.length - 1);
  }

  async countAll(filter?: ReadAllFilter): Promise<number> {
    await this.yieldTurn();
    let count = 0;
    for (let index = 0; index < this.log.length; index += 1) {
      if (matches(this.at(index), filter)) count += 1;
    }
    return count;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private classifyStoredIds(
    streamId: string,
    events: readonly EventToAppend[],
  ): RetryClassification {
    const stored = new Map<string, StoredEventId>();
    for (const { eventId } of events) {
      const index = this.byEventId.get(eventId);
      if (index !== undefined) stored.set(eventId, this.at(index));
    }
    return classifyRetry(streamId, events, stored);
  }

  private at(index: number): RecordedEvent {
    const event = this.log[index];
    if (event === undefined) throw new RangeError(`No event at index ${index}`);
    return event;
  }

  /** Lets concurrent callers interleave as they would against a real database. */
  private async yieldTurn(): Promise<void> {
    await Promise.resolve();
    if (this.closed) throw new StoreUnavailable('The in-memory event store is closed');
  }
}
