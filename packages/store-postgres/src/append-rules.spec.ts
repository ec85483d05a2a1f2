import { EventIdReused } from '@debiteur/eventstore';
import { makeEvent } from '@debiteur/eventstore/testing';
import { AppendRequest, classifyStored, StoredEvent } from './append-rules';
import { encodePosition } from './global-position';

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

describe('A batch appended again, as the append finds its ids', () => {
  it('is fresh when none of its ids is stored', () => {
    expect(classifyStored(request('invoice:a:1', 2), [])).toEqual({ _tag: 'Fresh' });
  });

  it('answers with the encoded position of its newest event when all are stored in the stream', () => {
    const req = request('invoice:a:1', 3);
    const stored = storedAs(req, 'invoice:a:1', 5).reverse();

    expect(classifyStored(req, stored)).toEqual({
      _tag: 'AlreadyAppended',
      result: {
        nextExpectedVersion: 7,
        lastPosition: encodePosition({ transactionId: '700', position: '42' }),
        alreadyAppended: true,
      },
    });
  });

  it('is a reuse when an id is stored in another stream', () => {
    const req = request('invoice:a:1', 2);
    const stored = storedAs(req, 'invoice:a:1', 1);
    const moved = stored.map((row, i) => (i === 1 ? { ...row, stream_id: 'invoice:a:2' } : row));
    expect(() => classifyStored(req, moved)).toThrow(EventIdReused);
  });
});
