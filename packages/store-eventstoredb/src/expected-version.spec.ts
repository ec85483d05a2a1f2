import { ExpectedVersion } from '@debiteur/eventstore';
import fc from 'fast-check';
import {
  fromExpectedRevision,
  revisionOf,
  toExpectedRevision,
  versionAfter,
  versionOfCurrent,
} from './expected-version';

const version = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

describe('Expected versions in EventStoreDB terms', () => {
  describe('from the port to the server', () => {
    it.each([
      ['no-stream', 'no_stream'],
      ['stream-exists', 'stream_exists'],
      ['any', 'any'],
      [0, 'no_stream'],
      [1, 0n],
      [7, 6n],
    ] as const)('maps %j to %j', (expected, revision) => {
      expect(toExpectedRevision(expected)).toBe(revision);
    });

    it('expects the revision one below the version', () => {
      fc.assert(fc.property(version, (v) => expect(toExpectedRevision(v)).toBe(BigInt(v) - 1n)));
    });

    it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses the version %p', (v) => {
      expect(() => toExpectedRevision(v)).toThrow(RangeError);
    });
  });

  describe('from the server back to the port', () => {
    it.each([
      ['no_stream', 'no-stream'],
      ['stream_exists', 'stream-exists'],
      ['any', 'any'],
      [0n, 1],
      [6n, 7],
    ] as const)('maps %j to %j', (revision, expected) => {
      expect(fromExpectedRevision(revision)).toBe(expected);
    });

    it('round-trips every expectation except 0, which is no-stream', () => {
      const expectation = fc.oneof(
        fc.constantFrom<ExpectedVersion>('no-stream', 'stream-exists', 'any'),
        version,
      );
      fc.assert(
        fc.property(expectation, (e) =>
          expect(fromExpectedRevision(toExpectedRevision(e))).toBe(e),
        ),
      );
      expect(fromExpectedRevision(toExpectedRevision(0))).toBe('no-stream');
    });
  });

  describe('the version of a stream the server reports', () => {
    it('is 0 for a stream that does not exist', () => {
      expect(versionOfCurrent('no_stream')).toBe(0);
      expect(versionOfCurrent(-1n)).toBe(0);
    });

    it('counts the events up to and including the current revision', () => {
      fc.assert(fc.property(version, (v) => expect(versionOfCurrent(BigInt(v) - 1n)).toBe(v)));
    });

    it('is the inverse of the revision of a version', () => {
      fc.assert(fc.property(version, (v) => expect(versionAfter(revisionOf(v))).toBe(v)));
      expect(() => revisionOf(0)).toThrow(RangeError);
    });
  });
});
