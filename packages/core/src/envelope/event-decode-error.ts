import { DecodeProblem } from '../shared/decode-errors';

/** The stored type name is no event this version of the core knows. */
export interface UnknownEventType {
  readonly _tag: 'UnknownEventType';
  readonly type: string;
}

/**
 * The stored schema version cannot be brought to the current one: it is newer than this
 * version of the core knows (written by a later release), not a version at all, or an
 * upcaster on the way is missing.
 */
export interface UnsupportedSchemaVersion {
  readonly _tag: 'UnsupportedSchemaVersion';
  readonly type: string;
  readonly schemaVersion: number;
  readonly current: number;
  readonly reason: 'newer-than-known' | 'not-a-version' | 'no-upcaster';
}

/**
 * The data does not match the schema of `schemaVersion` (the stored version when an upcaster
 * refused it, else the current one). Paths are relative to the stored event: `$.data.amount`.
 */
export interface InvalidEventData {
  readonly _tag: 'InvalidEventData';
  readonly type: string;
  readonly schemaVersion: number;
  readonly problems: readonly DecodeProblem[];
}

/** Why a stored event could not be read back as a current domain event. */
export type EventDecodeError = UnknownEventType | UnsupportedSchemaVersion | InvalidEventData;

/** The metadata columns of a stored event are not valid (a bad instant, tenant or event id). */
export interface InvalidEventMetadata {
  readonly _tag: 'InvalidEventMetadata';
  readonly eventId: string;
  readonly problems: readonly DecodeProblem[];
}

/** Why a stored row could not be read back as an envelope. */
export type EnvelopeDecodeError = EventDecodeError | InvalidEventMetadata;

/** An event of a type that does not belong in the stream it was read from. */
export interface EventOfOtherCategory {
  readonly _tag: 'EventOfOtherCategory';
  readonly type: string;
  readonly category: string;
}
