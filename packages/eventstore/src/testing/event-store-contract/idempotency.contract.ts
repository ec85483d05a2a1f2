import { collect, makeEvent, uniqueStreamId, uniqueTenantId } from '../make-event';
import { ContractContext, expectEventIdReused } from './contract-context';

export const idempotencyContract = ({ store }: ContractContext): void => {
  describe('idempotent append', () => {
    it('treats a re-appended event as already appended and reports its original position', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const event = makeEvent({ tenantId });
      const original = await store().appendToStream(streamId, [event], {
        expectedVersion: 'no-stream',
      });

      const retry = await store().appendToStream(streamId, [event], {
        expectedVersion: 'no-stream',
      });

      expect(retry).toEqual({ ...original, alreadyAppended: true });
      expect((await store().readStream(streamId)).map((e) => e.eventId)).toEqual([event.eventId]);
    });

    it('ignores the stale expected version of a retry after the stream moved on', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const event = makeEvent({ tenantId });
      const original = await store().appendToStream(streamId, [event], {
        expectedVersion: 'no-stream',
      });
      await store().appendToStream(streamId, [makeEvent({ tenantId }), makeEvent({ tenantId })], {
        expectedVersion: 1,
      });

      const retry = await store().appendToStream(streamId, [event], { expectedVersion: 0 });

      expect(retry).toEqual({
        nextExpectedVersion: 1,
        lastPosition: original.lastPosition,
        alreadyAppended: true,
      });
      expect(await store().streamVersion(streamId)).toBe(3);
    });

    it('treats a re-appended batch as already appended', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      await store().appendToStream(streamId, [makeEvent({ tenantId })], {
        expectedVersion: 'no-stream',
      });
      const batch = [makeEvent({ tenantId }), makeEvent({ tenantId }), makeEvent({ tenantId })];
      const original = await store().appendToStream(streamId, batch, { expectedVersion: 1 });
      await store().appendToStream(streamId, [makeEvent({ tenantId })], { expectedVersion: 4 });

      const retry = await store().appendToStream(streamId, batch, { expectedVersion: 1 });

      expect(retry).toEqual({
        nextExpectedVersion: 4,
        lastPosition: original.lastPosition,
        alreadyAppended: true,
      });
      expect(await store().streamVersion(streamId)).toBe(5);
    });

    it('writes nothing to readAll on a retry', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const batch = [makeEvent({ tenantId }), makeEvent({ tenantId })];
      await store().appendToStream(streamId, batch, { expectedVersion: 'no-stream' });
      await store().appendToStream(streamId, batch, { expectedVersion: 'no-stream' });
      await store().appendToStream(streamId, batch, { expectedVersion: 'any' });

      expect(await collect(store().readAll({ filter: { tenantId } }))).toHaveLength(2);
    });

    it('rejects a batch that mixes stored and new event ids and writes none of it', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const stored = makeEvent({ tenantId });
      await store().appendToStream(streamId, [stored], { expectedVersion: 'no-stream' });

      await expectEventIdReused(
        store().appendToStream(streamId, [stored, makeEvent({ tenantId })], {
          expectedVersion: 'no-stream',
        }),
      );
      await expectEventIdReused(
        store().appendToStream(streamId, [makeEvent({ tenantId }), stored], { expectedVersion: 1 }),
      );
      expect(await store().streamVersion(streamId)).toBe(1);
    });

    it('rejects an event id stored in another stream', async () => {
      const tenantId = uniqueTenantId();
      const first = uniqueStreamId('invoice', tenantId);
      const second = uniqueStreamId('invoice', tenantId);
      const event = makeEvent({ tenantId });
      await store().appendToStream(first, [event], { expectedVersion: 'no-stream' });

      await expectEventIdReused(
        store().appendToStream(second, [event], { expectedVersion: 'no-stream' }),
      );
      expect(await store().streamVersion(second)).toBe(0);
    });
  });
};
