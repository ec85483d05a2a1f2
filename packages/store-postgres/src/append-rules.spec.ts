import { EventIdReused } from '@debiteur/eventstore';
import { makeEvent } from '@debiteur/eventstore/testing';
import fc from 'fast-check';
import { AppendRequest, retriedAppend, satisfies, StoredEvent } from './append-rules';
import { encodePosition } from './global-position';

const version = fc.integer({ min: 0, max: 1000 });

const request = (streamId: string, count: number): AppendRequest => ({
  streamId,
  events: Array.from({ length: count }, () => makeEvent()),
  expectedVersion: 'any',
});

const storedAs = (req: AppendRequest, streamId: string, firstVersion: number): StoredEvent[] =>
  req.events.map((event, i) => ({
    event_id: event.eventId,
    stream_id: streamId,
    stream_version: firstVersion + i,
    transaction_id: '700',
    position: String(40 + i),
  }));

describe('An expected version', () => {
  it('"any" accepts every stream', () => {
    fc.assert(fc.property(version, (actual) => expect(satisfies('any', actual)).toBe(true)));
  });

  it('"no-stream" and 0 accept only a stream without events', () => {
    fc.assert(
      fc.property(version, (actual) => {
        expect(satisfies('no-stream', actual)).toBe(actual === 0);
        expect(satisfies(0, actual)).toBe(actual === 0);
      }),
    );
  });

  it('"stream-exists" accepts only a stream with events', () => {
    fc.assert(
      fc.property(version, (actual) => expect(satisfies('stream-exists', actual)).toBe(actual > 0)),
    );
  });

  it('a number accepts only a stream at exactly that version', () => {
    fc.assert(
      fc.property(version, version, (expected, actual) =>
        expect(satisfies(expected, actual)).toBe(expected === actual),
      ),
    );
  });
});

describe('A batch appended again', () => {
  it('is new when none of its ids is stored', () => {
    expect(retriedAppend(request('invoice:a:1', 2), [])).toBeNull();
  });

  it('answers with the version and position of its newest event when all are stored in the stream', () => {
    const req = request('invoice:a:1', 3);
    const stored = storedAs(req, 'invoice:a:1', 5).reverse();

    expect(retriedAppend(req, stored)).toEqual({
      nextExpectedVersion: 7,
      lastPosition: encodePosition({ transactionId: '700', position: '42' }),
      alreadyAppended: true,
    });
  });

  it('is a reuse when only some of its ids are stored', () => {
    const req = request('invoice:a:1', 3);
    expect(() => retriedAppend(req, storedAs(req, 'invoice:a:1', 1).slice(1))).toThrow(
      EventIdReused,
    );
  });

  it('is a reuse when an id is stored in another stream', () => {
    const req = request('invoice:a:1', 2);
    const stored = storedAs(req, 'invoice:a:1', 1);
    const moved = stored.map((row, i) => (i === 1 ? { ...row, stream_id: 'invoice:a:2' } : row));
    expect(() => retriedAppend(req, moved)).toThrow(EventIdReused);
  });
});
