import { ExpectedVersionConflict } from '../../errors';
import { makeEvent, uniqueStreamId, uniqueTenantId } from '../make-event';
import { ContractContext, expectConflict } from './contract-context';

export const expectedVersionContract = ({ store }: ContractContext): void => {
  const freshStream = (): { tenantId: string; streamId: string } => {
    const tenantId = uniqueTenantId();
    return { tenantId, streamId: uniqueStreamId('invoice', tenantId) };
  };

  const streamAtVersion = async (
    version: number,
  ): Promise<{ tenantId: string; streamId: string }> => {
    const fresh = freshStream();
    const events = Array.from({ length: version }, () => makeEvent({ tenantId: fresh.tenantId }));
    await store().appendToStream(fresh.streamId, events, { expectedVersion: 'no-stream' });
    return fresh;
  };

  describe('expected version', () => {
    describe('no-stream', () => {
      it('creates a stream that does not exist', async () => {
        const { tenantId, streamId } = freshStream();
        const result = await store().appendToStream(streamId, [makeEvent({ tenantId })], {
          expectedVersion: 'no-stream',
        });
        expect(result.nextExpectedVersion).toBe(1);
      });

      it('conflicts with an existing stream and reports its version', async () => {
        const { tenantId, streamId } = await streamAtVersion(2);
        await expectConflict(
          store().appendToStream(streamId, [makeEvent({ tenantId })], {
            expectedVersion: 'no-stream',
          }),
          2,
        );
      });
    });

    describe('stream-exists', () => {
      it('appends to an existing stream', async () => {
        const { tenantId, streamId } = await streamAtVersion(1);
        const result = await store().appendToStream(streamId, [makeEvent({ tenantId })], {
          expectedVersion: 'stream-exists',
        });
        expect(result.nextExpectedVersion).toBe(2);
      });

      it('conflicts with a missing stream and reports version 0', async () => {
        const { tenantId, streamId } = freshStream();
        await expectConflict(
          store().appendToStream(streamId, [makeEvent({ tenantId })], {
            expectedVersion: 'stream-exists',
          }),
          0,
        );
      });
    });

    describe('any', () => {
      it('creates a missing stream', async () => {
        const { tenantId, streamId } = freshStream();
        const result = await store().appendToStream(streamId, [makeEvent({ tenantId })], {
          expectedVersion: 'any',
        });
        expect(result.nextExpectedVersion).toBe(1);
      });

      it('appends to an existing stream', async () => {
        const { tenantId, streamId } = await streamAtVersion(3);
        const result = await store().appendToStream(streamId, [makeEvent({ tenantId })], {
          expectedVersion: 'any',
        });
        expect(result.nextExpectedVersion).toBe(4);
      });
    });

    describe('an exact version', () => {
      it('appends when the stream is at that version', async () => {
        const { tenantId, streamId } = await streamAtVersion(2);
        const result = await store().appendToStream(streamId, [makeEvent({ tenantId })], {
          expectedVersion: 2,
        });
        expect(result.nextExpectedVersion).toBe(3);
      });

      it('treats 0 as a stream that does not exist yet', async () => {
        const { tenantId, streamId } = freshStream();
        const result = await store().appendToStream(streamId, [makeEvent({ tenantId })], {
          expectedVersion: 0,
        });
        expect(result.nextExpectedVersion).toBe(1);
        await expectConflict(
          store().appendToStream(streamId, [makeEvent({ tenantId })], { expectedVersion: 0 }),
          1,
        );
      });

      it('conflicts when the stream moved on and reports where it is', async () => {
        const { tenantId, streamId } = await streamAtVersion(3);
        await expectConflict(
          store().appendToStream(streamId, [makeEvent({ tenantId })], { expectedVersion: 2 }),
          3,
        );
      });

      it('conflicts when the writer expects more than the stream has', async () => {
        const { tenantId, streamId } = await streamAtVersion(1);
        await expectConflict(
          store().appendToStream(streamId, [makeEvent({ tenantId })], { expectedVersion: 5 }),
          1,
        );
      });

      it('conflicts on a missing stream and reports version 0', async () => {
        const { tenantId, streamId } = freshStream();
        await expectConflict(
          store().appendToStream(streamId, [makeEvent({ tenantId })], { expectedVersion: 1 }),
          0,
        );
      });
    });

    it('names the stream and the expectation in the conflict', async () => {
      const { tenantId, streamId } = await streamAtVersion(1);
      const error = await store()
        .appendToStream(streamId, [makeEvent({ tenantId })], { expectedVersion: 'no-stream' })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(ExpectedVersionConflict);
      expect(error).toMatchObject({ streamId, expected: 'no-stream', actual: 1 });
    });

    it('writes nothing of a batch that conflicts', async () => {
      const { tenantId, streamId } = await streamAtVersion(2);
      const before = await store().readStream(streamId);
      await expectConflict(
        store().appendToStream(streamId, [makeEvent({ tenantId }), makeEvent({ tenantId })], {
          expectedVersion: 1,
        }),
        2,
      );

      expect(await store().readStream(streamId)).toEqual(before);
      expect(await store().streamVersion(streamId)).toBe(2);
    });
  });
};
