import { ExpectedVersion } from '@debiteur/eventstore';
import { EsdbCurrentRevision, EsdbExpectedRevision } from './esdb-client.port';

/*
 * The port counts events (an empty stream is at version 0, the first event makes it 1);
 * EventStoreDB numbers them from 0 (the first event is revision 0). So revision = version − 1.
 */

const assertVersion = (version: number): void => {
  if (!Number.isSafeInteger(version) || version < 0) {
    throw new RangeError(`Not a stream version: ${version}`);
  }
};

/** The revision of the event that brought a stream to `version` (1 → 0n). */
export const revisionOf = (version: number): bigint => {
  assertVersion(version);
  if (version === 0) throw new RangeError('Version 0 has no event, hence no revision');
  return BigInt(version - 1);
};

/** The stream's version once the event with this revision is in it (0n → 1). */
export const versionAfter = (revision: bigint): number => Number(revision) + 1;

/** Maps the writer's expectation to the server's; an exact 0 means the stream must not exist. */
export const toExpectedRevision = (expected: ExpectedVersion): EsdbExpectedRevision => {
  switch (expected) {
    case 'no-stream':
      return 'no_stream';
    case 'stream-exists':
      return 'stream_exists';
    case 'any':
      return 'any';
    default:
      return expected === 0 ? 'no_stream' : revisionOf(expected);
  }
};

/** Maps the server's expectation back to the port's (`no_stream` reads as `no-stream`). */
export const fromExpectedRevision = (expected: EsdbExpectedRevision): ExpectedVersion => {
  switch (expected) {
    case 'no_stream':
      return 'no-stream';
    case 'stream_exists':
      return 'stream-exists';
    case 'any':
      return 'any';
    default:
      return versionAfter(expected);
  }
};

/**
 * The version of a stream the server reports in a conflict: 0 when it does not exist
 * (older servers say so with revision −1).
 */
export const versionOfCurrent = (current: EsdbCurrentRevision): number =>
  current === 'no_stream' || current < 0n ? 0 : versionAfter(current);
