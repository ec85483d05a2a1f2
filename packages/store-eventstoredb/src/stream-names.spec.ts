import fc from 'fast-check';
import { isVisible, streamNames } from './stream-names';

const streamId = fc
  .tuple(fc.constantFrom('invoice', 'debtor', 'tenant', 'other'), fc.string({ minLength: 1 }))
  .map(([category, rest]) => `${category}:${rest}`);

describe('Stream names in EventStoreDB', () => {
  describe('without a namespace', () => {
    const names = streamNames();

    it('uses the stream id as the stream name', () => {
      fc.assert(fc.property(streamId, (id) => expect(names.stream(id)).toBe(id)));
    });

    it('refuses ids that would make a system stream, or none', () => {
      expect(() => names.stream('$invoice:acme:1')).toThrow(RangeError);
      expect(() => names.stream('')).toThrow(RangeError);
    });

    it('keeps its own bookkeeping in system streams', () => {
      expect(names.eventIdClaim('evt-1')).toBe('$debiteur-event-id-evt-1');
      expect(names.projection('aging')).toBe('$debiteur-projection-aging');
      expect(names.streamIdOf(names.eventIdClaim('evt-1'))).toBeNull();
    });

    it('filters nothing by name unless categories are asked for', () => {
      expect(names.prefixesFor()).toBeUndefined();
      expect(names.prefixesFor(['invoice', 'tenant'])).toEqual(['invoice:', 'tenant:']);
    });
  });

  describe('in a namespace', () => {
    const names = streamNames('staging/');

    it('prefixes every stream and strips the prefix again', () => {
      fc.assert(
        fc.property(streamId, (id) => {
          expect(names.stream(id)).toBe(`staging/${id}`);
          expect(names.streamIdOf(names.stream(id))).toBe(id);
        }),
      );
    });

    it('does not own streams of the database at large or of other namespaces', () => {
      expect(names.streamIdOf('invoice:acme:1')).toBeNull();
      expect(names.streamIdOf(streamNames('prod/').stream('invoice:acme:1'))).toBeNull();
    });

    it('keeps its bookkeeping apart from other namespaces', () => {
      expect(names.eventIdClaim('evt-1')).not.toBe(streamNames('prod/').eventIdClaim('evt-1'));
      expect(names.projection('aging')).not.toBe(streamNames().projection('aging'));
    });

    it('filters by its prefix, and by category within it', () => {
      expect(names.prefixesFor()).toEqual(['staging/']);
      expect(names.prefixesFor(['debtor'])).toEqual(['staging/debtor:']);
    });

    it('must not be a system prefix', () => {
      expect(() => streamNames('$debiteur')).toThrow(RangeError);
    });
  });

  describe('what readAll shows', () => {
    const names = streamNames();

    it('an event of a stream in one of the categories', () => {
      expect(isVisible(names, { streamName: 'invoice:acme:1', type: 'Issued' })).toBe(true);
      expect(isVisible(names, { streamName: 'invoice:acme:1', type: 'Issued' }, ['invoice'])).toBe(
        true,
      );
      expect(isVisible(names, { streamName: 'invoices:acme:1', type: 'Issued' }, ['invoice'])).toBe(
        false,
      );
    });

    it.each([
      ['a link event', { streamName: '$ce-invoice', type: '$>' }],
      ['stream metadata', { streamName: '$$invoice:acme:1', type: '$metadata' }],
      ['a system event in a user stream', { streamName: 'invoice:acme:1', type: '$streamDeleted' }],
      [
        'an event id claim',
        { streamName: '$debiteur-event-id-e1', type: 'DebiteurEventIdClaimed' },
      ],
      ['a projection commit', { streamName: '$debiteur-projection-p', type: 'Committed' }],
    ])('not %s', (_, event) => {
      expect(isVisible(names, event)).toBe(false);
    });

    it("not another namespace's events", () => {
      const event = { streamName: 'prod/invoice:acme:1', type: 'Issued' };
      expect(isVisible(streamNames('staging/'), event)).toBe(false);
      expect(isVisible(streamNames('prod/'), event, ['invoice'])).toBe(true);
    });
  });
});
