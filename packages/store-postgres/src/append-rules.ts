import {
  classifyRetry,
  EventToAppend,
  ExpectedVersion,
  RetryClassification,
} from '@debiteur/eventstore';
import { encodePosition } from './global-position';

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedVersion: ExpectedVersion;
}

/** A stored event as an append finds it by id. */
export interface StoredEvent {
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly transaction_id: string;
  readonly position: string;
}

/** The batch's stored ids, as the append found them, classified by the port's idempotency rule. */
export const classifyStored = (
  request: AppendRequest,
  stored: readonly StoredEvent[],
): RetryClassification =>
  classifyRetry(
    request.streamId,
    request.events,
    new Map(
      stored.map((row) => [
        row.event_id,
        {
          streamId: row.stream_id,
          streamVersion: row.stream_version,
          globalPosition: encodePosition({
            transactionId: row.transaction_id,
            position: row.position,
          }),
        },
      ]),
    ),
  );
