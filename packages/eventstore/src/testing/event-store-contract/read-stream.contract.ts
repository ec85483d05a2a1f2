import { makeEvent, uniqueStreamId, uniqueTenantId } from '../make-event';
import { ContractContext } from './contract-context';

export const readStreamContract = ({ store }: ContractContext): void => {
  describe('reading part of a stream', () => {
    const tenStream = async (): Promise<string> => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const events = Array.from({ length: 10 }, (_, n) => makeEvent({ tenantId, data: { n } }));
      await store().appendToStream(streamId, events, { expectedVersion: 'no-stream' });
      return streamId;
    };

    const versions = async (
      streamId: string,
      options: Parameters<ReturnType<typeof store>['readStream']>[1],
    ) => (await store().readStream(streamId, options)).map((e) => e.streamVersion);

    it('from a version, inclusive', async () => {
      const streamId = await tenStream();
      expect(await versions(streamId, { from: 8 })).toEqual([8, 9, 10]);
    });

    it('up to a version, inclusive', async () => {
      const streamId = await tenStream();
      expect(await versions(streamId, { to: 3 })).toEqual([1, 2, 3]);
    });

    it('between two versions', async () => {
      const streamId = await tenStream();
      expect(await versions(streamId, { from: 4, to: 6 })).toEqual([4, 5, 6]);
    });

    it('at most a number of events', async () => {
      const streamId = await tenStream();
      expect(await versions(streamId, { maxCount: 2 })).toEqual([1, 2]);
      expect(await versions(streamId, { from: 5, maxCount: 3 })).toEqual([5, 6, 7]);
      expect(await versions(streamId, { from: 5, to: 6, maxCount: 3 })).toEqual([5, 6]);
    });

    it('as empty past the end or for an empty range', async () => {
      const streamId = await tenStream();
      expect(await versions(streamId, { from: 11 })).toEqual([]);
      expect(await versions(streamId, { from: 6, to: 5 })).toEqual([]);
    });
  });
};
