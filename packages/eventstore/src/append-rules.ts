import { EventIdReused } from './errors';
import { AppendResult, EventToAppend, ExpectedVersion, RecordedEvent } from './event-store.port';
import { isInstantWithOffset } from './recorded-at';

/** Where an event id of a batch is already stored, as an adapter looked it up. */
export type StoredEventId = Pick<RecordedEvent, 'streamId' | 'streamVersion' | 'globalPosition'>;

/** Whether a batch is new to the store or a retry of one it already holds. */
export type RetryClassification =
  { readonly _tag: 'Fresh' } | { readonly _tag: 'AlreadyAppended'; readonly result: AppendResult };

const FRESH: RetryClassification = { _tag: 'Fresh' };

const repeatedId = (events: readonly EventToAppend[]): string | undefined => {
  const seen = new Set<string>();
  for (const { eventId } of events) {
    if (seen.has(eventId)) return eventId;
    seen.add(eventId);
  }
  return undefined;
};

/**
 * Whether a stream at version `actual` meets the writer's expectation: `any` always,
 * `no-stream` (or 0) only without events, `stream-exists` only with some, a number exactly.
 */
export const satisfiesExpectedVersion = (expected: ExpectedVersion, actual: number): boolean =>
  expected === 'any' ||
  (expected === 'no-stream' && actual === 0) ||
  (expected === 'stream-exists' && actual > 0) ||
  expected === actual;

const badRecordedAt = (events: readonly EventToAppend[]): EventToAppend | undefined =>
  events.find(({ originallyRecordedAt: at }) => at !== undefined && !isInstantWithOffset(at));

/**
 * Refuses what no store could append: an empty batch, an expected version that is not a
 * whole number ≥ 0 or an `originallyRecordedAt` that `isInstantWithOffset` refuses
 * (RangeError), and a batch that repeats an event id (EventIdReused).
 */
export const validateAppend = (
  streamId: string,
  events: readonly EventToAppend[],
  expectedVersion: ExpectedVersion,
): void => {
  if (events.length === 0) throw new RangeError('appendToStream needs at least one event');
  if (
    typeof expectedVersion === 'number' &&
    !(Number.isSafeInteger(expectedVersion) && expectedVersion >= 0)
  ) {
    throw new RangeError(`Not an expected version: ${expectedVersion}`);
  }
  const repeated = repeatedId(events);
  if (repeated !== undefined) throw new EventIdReused(repeated, streamId);
  const bad = badRecordedAt(events);
  if (bad !== undefined) {
    throw new RangeError(
      `Not an instant any store can keep: originallyRecordedAt ${JSON.stringify(bad.originallyRecordedAt)} of event ${bad.eventId} in ${streamId}`,
    );
  }
};

/**
 * The port's idempotency rule, given which of the batch's ids are stored: none is a fresh
 * append; all in this stream is a retry, answered with the version and position of the
 * newest of them; a mix, an id in another stream or an id repeated in the batch is
 * EventIdReused.
 */
export const classifyRetry = (
  streamId: string,
  events: readonly EventToAppend[],
  storedById: ReadonlyMap<string, StoredEventId>,
): RetryClassification => {
  const repeated = repeatedId(events);
  if (repeated !== undefined) throw new EventIdReused(repeated, streamId);
  const stored = events.flatMap(({ eventId }) => {
    const original = storedById.get(eventId);
    return original === undefined ? [] : [{ eventId, ...original }];
  });
  const [first] = stored;
  if (first === undefined) return FRESH;
  const foreign = stored.find((original) => original.streamId !== streamId);
  if (foreign !== undefined) throw new EventIdReused(foreign.eventId, streamId);
  if (stored.length < events.length) throw new EventIdReused(first.eventId, streamId);
  const newest = stored.reduce((a, b) => (b.streamVersion > a.streamVersion ? b : a));
  return {
    _tag: 'AlreadyAppended',
    result: {
      nextExpectedVersion: newest.streamVersion,
      lastPosition: newest.globalPosition,
      alreadyAppended: true,
    },
  };
};
