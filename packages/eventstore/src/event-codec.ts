import { Either } from 'fp-ts/Either';
import { RecordedEvent } from './event-store.port';

/** A domain event as the store keeps it: type name, schema version and JSON data. */
export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * Turns domain events into stored form and back. `decode` upcasts old schema versions and
 * answers `Left` for data it cannot read; the shell treats that as a data fault.
 */
export interface EventCodec<E> {
  readonly encode: (event: E) => EncodedEvent;
  readonly decode: (recorded: RecordedEvent) => Either<unknown, E>;
}
