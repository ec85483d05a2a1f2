import fc from 'fast-check';
import { esdbEventId } from './esdb-event-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('The EventStoreDB id of an event', () => {
  it('is the event id itself when that is a lowercase UUID', () => {
    fc.assert(fc.property(fc.uuid(), (id) => expect(esdbEventId(id)).toBe(id)));
  });

  it('is a version 5 UUID for any other id', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !UUID.test(s)),
        (id) => expect(esdbEventId(id)).toMatch(UUID_V5),
      ),
    );
    expect(esdbEventId('357F207B-2E3B-4FA2-9C6C-BB9105474A99')).toMatch(UUID_V5);
  });

  it('is the same for the same id, so the server recognises a retried write', () => {
    fc.assert(fc.property(fc.string(), (id) => expect(esdbEventId(id)).toBe(esdbEventId(id))));
  });

  it('differs for different ids', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(esdbEventId(a)).not.toBe(esdbEventId(b));
      }),
    );
  });

  it.each([
    // Computed independently (Python's uuid.uuid5) in the adapter's namespace.
    ['INV-1:evt-1', '4aea8d3b-1d39-5eec-beaa-558ae4c0d528'],
    ['Zoë 🧾', '1e0dcc90-39fe-583b-b2e3-04a2746f5f62'],
  ])('of %j follows the RFC 9562 version 5 algorithm', (id, expected) => {
    expect(esdbEventId(id)).toBe(expected);
  });
});
