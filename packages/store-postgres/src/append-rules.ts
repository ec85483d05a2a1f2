import { AppendResult, EventIdReused, EventToAppend, ExpectedVersion } from '@debiteur/eventstore';
import { encodePosition } from './global-position';

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedVersion: ExpectedVersion;
}

/** A stored event as the preflight query finds it by id. */
export interface StoredEvent {
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly transaction_id: string;
  readonly position: string;
}

/** Refuses what no store could append: an empty batch, a bad version, a repeated id. */
export const validate = ({ streamId, events, expectedVersion }: AppendRequest): void => {
  if (events.length === 0) throw new RangeError('appendToStream needs at least one event');
  if (
    typeof expectedVersion === 'number' &&
    !(Number.isSafeInteger(expectedVersion) && expectedVersion >= 0)
  ) {
    throw new RangeError(`Not an expected version: ${expectedVersion}`);
  }
  const ids = events.map((e) => e.eventId);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) throw new EventIdReused(duplicate, streamId);
};

/** Whether a stream at `actual` meets the writer's expectation. */
export const satisfies = (expected: ExpectedVersion, actual: number): boolean =>
  expected === 'any' ||
  (expected === 'no-stream' && actual === 0) ||
  (expected === 'stream-exists' && actual > 0) ||
  expected === actual;

/**
 * The original result when every id of the batch is already stored in this stream (a
 * retry); null when none is; EventIdReused when only some are, or one is in another stream.
 */
export const retriedAppend = (
  request: AppendRequest,
  stored: readonly StoredEvent[],
): AppendResult | null => {
  if (stored.length === 0) return null;
  const foreign = stored.find((row) => row.stream_id !== request.streamId);
  if (foreign !== undefined || stored.length !== request.events.length) {
    throw new EventIdReused((foreign ?? stored[0])?.event_id ?? '', request.streamId);
  }
  const last = stored.reduce((a, b) => (b.stream_version > a.stream_version ? b : a));
  return {
    nextExpectedVersion: last.stream_version,
    lastPosition: encodePosition({ transactionId: last.transaction_id, position: last.position }),
    alreadyAppended: true,
  };
};
