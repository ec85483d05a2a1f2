import { ExpectedVersion } from './event-store.port';

/** The stream was not at the version the writer expected; `actual` says where it is. */
export class ExpectedVersionConflict extends Error {
  override readonly name = 'ExpectedVersionConflict';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
  }
}

/**
 * An event id was stored before in another stream, or a batch mixes stored and new ids
 * (or repeats an id): a caller bug. `streamId` is the stream being appended to.
 */
export class EventIdReused extends Error {
  override readonly name = 'EventIdReused';
  constructor(
    readonly eventId: string,
    readonly streamId: string,
  ) {
    super(`Event id ${eventId} was already used for a different event`);
  }
}

/** The store could not be reached or failed in a way the caller cannot fix. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * A recorded event could not be decoded into a domain event: a data fault (an unknown type,
 * a schema without an upcaster, corrupt data), never a business rejection.
 */
export class EventDecodeFailed extends Error {
  override readonly name = 'EventDecodeFailed';
  constructor(
    readonly streamId: string,
    readonly streamVersion: number,
    readonly eventType: string,
    readonly errors: unknown,
  ) {
    super(`Event ${eventType} at ${streamId}@${streamVersion} could not be decoded`);
  }
}

/**
 * The state a projection committed no longer decodes with its state codec (its shape
 * changed): rebuild the projection.
 */
export class ProjectionStateUnreadable extends Error {
  override readonly name = 'ProjectionStateUnreadable';
  constructor(
    readonly projection: string,
    readonly errors: unknown,
  ) {
    super(`The committed state of projection ${projection} cannot be read; rebuild it`);
  }
}
