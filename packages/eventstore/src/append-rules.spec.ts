import fc from 'fast-check';
import {
  classifyRetry,
  satisfiesExpectedVersion,
  StoredEventId,
  validateAppend,
} from './append-rules';
import { EventIdReused } from './errors';
import { EventToAppend } from './event-store.port';
import { makeEvent } from './testing/make-event';

const STREAM = 'invoice:acme:1';
const version = fc.integer({ min: 0, max: 1000 });

const batch = (count: number): EventToAppend[] => Array.from({ length: count }, () => makeEvent());

/** The batch as stored in `streamId` from `firstVersion` on, at positions 40, 41, … */
const storedAs = (
  events: readonly EventToAppend[],
  streamId: string,
  firstVersion: number,
): Map<string, StoredEventId> =>
  new Map(
    events.map((event, i) => [
      event.eventId,
      { streamId, streamVersion: firstVersion + i, globalPosition: String(40 + i) },
    ]),
  );

const thrown = (attempt: () => unknown): unknown => {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('An expected version', () => {
  it('"any" accepts every stream', () => {
    fc.assert(
      fc.property(version, (actual) => expect(satisfiesExpectedVersion('any', actual)).toBe(true)),
    );
  });

  it('"no-stream" and 0 accept only a stream without events', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), version), (actual) => {
        expect(satisfiesExpectedVersion('no-stream', actual)).toBe(actual === 0);
        expect(satisfiesExpectedVersion(0, actual)).toBe(actual === 0);
      }),
    );
  });

  it('"stream-exists" accepts only a stream with events', () => {
    fc.assert(
      fc.property(version, (actual) =>
        expect(satisfiesExpectedVersion('stream-exists', actual)).toBe(actual > 0),
      ),
    );
  });

  it('a number accepts only a stream at exactly that version', () => {
    // Drawn independently, two versions are almost never equal: make equal pairs on purpose.
    const pair = fc.oneof(
      version.map((v): [number, number] => [v, v]),
      fc.tuple(version, version),
    );
    const reached = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(pair, ([expected, actual]) => {
        const accepted = satisfiesExpectedVersion(expected, actual);
        reached[accepted ? 'accepted' : 'refused'] += 1;
        expect(accepted).toBe(expected === actual);
      }),
    );
    expect(reached.accepted).toBeGreaterThan(0);
    expect(reached.refused).toBeGreaterThan(0);
  });
});

describe('An append request', () => {
  it('is accepted with events, distinct ids and a whole expected version', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'any' | 'no-stream' | 'stream-exists'>('any', 'no-stream', 'stream-exists'),
        version,
        fc.integer({ min: 1, max: 5 }),
        (keyword, exact, count) => {
          expect(() => validateAppend(STREAM, batch(count), keyword)).not.toThrow();
          expect(() => validateAppend(STREAM, batch(count), exact)).not.toThrow();
        },
      ),
    );
  });

  it('is refused without events', () => {
    expect(() => validateAppend(STREAM, [], 'any')).toThrow(RangeError);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'is refused with expected version %p',
    (expected) => {
      expect(() => validateAppend(STREAM, batch(1), expected)).toThrow(RangeError);
    },
  );

  it('is refused when it repeats an event id, naming that id', () => {
    const event = makeEvent();
    const error = thrown(() => validateAppend(STREAM, [makeEvent(), event, event], 'any'));

    expect(error).toBeInstanceOf(EventIdReused);
    expect(error).toMatchObject({ eventId: event.eventId, streamId: STREAM });
  });
});

describe('A batch appended again', () => {
  it('is fresh when none of its ids is stored', () => {
    const elsewhere = storedAs(batch(2), STREAM, 1);
    expect(classifyRetry(STREAM, batch(2), elsewhere)).toEqual({ _tag: 'Fresh' });
  });

  it('answers with the version and position of its newest event when all are stored in the stream', () => {
    const events = batch(3);
    const stored = new Map([...storedAs(events, STREAM, 5)].reverse());

    expect(classifyRetry(STREAM, events, stored)).toEqual({
      _tag: 'AlreadyAppended',
      result: { nextExpectedVersion: 7, lastPosition: '42', alreadyAppended: true },
    });
  });

  it('is a reuse of the first stored id when only some of its ids are stored', () => {
    const events = batch(3);
    const stored = storedAs(events.slice(1), STREAM, 1);

    const error = thrown(() => classifyRetry(STREAM, events, stored));

    expect(error).toBeInstanceOf(EventIdReused);
    expect(error).toMatchObject({ eventId: events[1]?.eventId });
  });

  it('is a reuse of the id stored in another stream', () => {
    const events = batch(2);
    const stored = storedAs(events, STREAM, 1);
    const [, moved] = events;
    if (moved === undefined) throw new Error('the batch has two events');
    stored.set(moved.eventId, {
      streamId: 'invoice:acme:2',
      streamVersion: 1,
      globalPosition: '9',
    });

    const error = thrown(() => classifyRetry(STREAM, events, stored));

    expect(error).toBeInstanceOf(EventIdReused);
    expect(error).toMatchObject({ eventId: moved.eventId, streamId: STREAM });
  });

  it('is a reuse when it repeats an id, stored or not', () => {
    const event = makeEvent();
    const twice = [event, event];

    expect(thrown(() => classifyRetry(STREAM, twice, new Map()))).toBeInstanceOf(EventIdReused);
    expect(thrown(() => classifyRetry(STREAM, twice, storedAs([event], STREAM, 1)))).toBeInstanceOf(
      EventIdReused,
    );
  });
});
