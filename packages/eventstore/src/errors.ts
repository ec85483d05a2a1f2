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

/** An event id was stored before with a different stream or content: a caller bug. */
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
