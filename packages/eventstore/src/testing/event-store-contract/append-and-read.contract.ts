import { collect, makeEvent, uniqueStreamId, uniqueTenantId } from '../make-event';
import { ContractContext } from './contract-context';

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const appendAndReadContract = ({ store }: ContractContext): void => {
  describe('appending and reading a stream', () => {
    it('records events in order with versions from 1 and reports the next expected version', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const events = [
        makeEvent({ tenantId, type: 'Issued' }),
        makeEvent({ tenantId, type: 'Paid' }),
      ];

      const result = await store().appendToStream(streamId, events, {
        expectedVersion: 'no-stream',
      });
      const recorded = await store().readStream(streamId);

      expect(result.nextExpectedVersion).toBe(2);
      expect(result.alreadyAppended).toBe(false);
      expect(recorded.map((e) => [e.eventId, e.type, e.streamId, e.streamVersion])).toEqual([
        [events[0]?.eventId, 'Issued', streamId, 1],
        [events[1]?.eventId, 'Paid', streamId, 2],
      ]);
      expect(result.lastPosition).toBe(recorded[1]?.globalPosition);
    });

    it('continues a stream with the version it reported', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const first = await store().appendToStream(streamId, [makeEvent({ tenantId })], {
        expectedVersion: 'no-stream',
      });
      const second = await store().appendToStream(
        streamId,
        [makeEvent({ tenantId }), makeEvent({ tenantId })],
        {
          expectedVersion: first.nextExpectedVersion,
        },
      );

      expect(second.nextExpectedVersion).toBe(3);
      expect((await store().readStream(streamId)).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    });

    it('keeps streams apart', async () => {
      const tenantId = uniqueTenantId();
      const a = uniqueStreamId('invoice', tenantId);
      const b = uniqueStreamId('invoice', tenantId);
      await store().appendToStream(a, [makeEvent({ tenantId })], { expectedVersion: 'no-stream' });
      const inB = makeEvent({ tenantId });
      await store().appendToStream(b, [inB], { expectedVersion: 'no-stream' });

      expect((await store().readStream(b)).map((e) => e.eventId)).toEqual([inB.eventId]);
      expect(await store().streamVersion(a)).toBe(1);
    });

    it('stamps each event with a store time in ISO-8601 with an offset', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      await store().appendToStream(streamId, [makeEvent({ tenantId })], {
        expectedVersion: 'no-stream',
      });
      const [recorded] = await store().readStream(streamId);

      expect(recorded?.recordedAt).toMatch(isoWithOffset);
      expect(Number.isNaN(Date.parse(recorded?.recordedAt ?? ''))).toBe(false);
    });

    it('keeps the recordedAt an import carries (in UTC) and stamps new events itself', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const imported = makeEvent({ tenantId, type: 'Issued' });
      const fresh = makeEvent({ tenantId, type: 'Paid' });
      await store().appendToStream(
        streamId,
        [{ ...imported, originallyRecordedAt: '2021-05-04T10:00:00.123+02:00' }, fresh],
        { expectedVersion: 'no-stream' },
      );
      const [first, second] = await store().readStream(streamId);
      const fromReadAll = await collect(store().readAll({ filter: { tenantId } }));

      expect(first?.recordedAt).toBe('2021-05-04T08:00:00.123Z');
      expect(first).not.toHaveProperty('originallyRecordedAt');
      expect(second?.recordedAt).toMatch(isoWithOffset);
      expect(second?.recordedAt).not.toBe(first?.recordedAt);
      expect(fromReadAll.map((e) => e.recordedAt)).toEqual([first?.recordedAt, second?.recordedAt]);
    });

    it.each(['2021-05-04 10:00', '2021-02-30T10:00:00Z', '2021-05-04T10:00:00+23:59'])(
      'refuses originallyRecordedAt %s, writing nothing',
      async (text) => {
        const tenantId = uniqueTenantId();
        const streamId = uniqueStreamId('invoice', tenantId);
        const undated = { ...makeEvent({ tenantId }), originallyRecordedAt: text };

        await expect(
          store().appendToStream(streamId, [undated], { expectedVersion: 'no-stream' }),
        ).rejects.toThrow(RangeError);
        expect(await store().streamVersion(streamId)).toBe(0);
      },
    );

    it('keeps the first recordedAt when an import is retried', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const event = makeEvent({ tenantId });
      const imported = { ...event, originallyRecordedAt: '2021-05-04T08:00:00.000Z' };
      await store().appendToStream(streamId, [imported], { expectedVersion: 'no-stream' });

      const retry = await store().appendToStream(
        streamId,
        [{ ...event, originallyRecordedAt: '2022-01-01T00:00:00.000Z' }],
        { expectedVersion: 'no-stream' },
      );

      expect(retry.alreadyAppended).toBe(true);
      expect((await store().readStream(streamId)).map((e) => e.recordedAt)).toEqual([
        '2021-05-04T08:00:00.000Z',
      ]);
    });

    it('reads an unknown stream as empty at version 0', async () => {
      const streamId = uniqueStreamId('invoice', uniqueTenantId());

      expect(await store().readStream(streamId)).toEqual([]);
      expect(await store().streamVersion(streamId)).toBe(0);
    });

    it('reports the stream version after appends', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('debtor', tenantId);
      await store().appendToStream(streamId, [makeEvent({ tenantId }), makeEvent({ tenantId })], {
        expectedVersion: 'any',
      });

      expect(await store().streamVersion(streamId)).toBe(2);
    });

    it('returns the same recorded events from readStream and readAll', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      await store().appendToStream(streamId, [makeEvent({ tenantId }), makeEvent({ tenantId })], {
        expectedVersion: 'no-stream',
      });

      const fromAll = await collect(store().readAll({ filter: { tenantId } }));
      expect(fromAll).toEqual(await store().readStream(streamId));
    });
  });

  describe('data', () => {
    it('round-trips nested JSON, unicode and every metadata field', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const data = {
        amount: { amount: 12100, currency: 'EUR' },
        lines: [
          { text: 'Überweisung für Café "Zoë" — 5 € 🧾', qty: 2.5 },
          { text: '請求書', qty: -1 },
        ],
        flags: { paid: false, disputed: true },
        note: null,
        quote: 'a\'b"c\\d\n\te',
        empty: { list: [], map: {} },
        big: Number.MAX_SAFE_INTEGER,
      };
      const event = makeEvent({
        tenantId,
        type: 'InvoiceIssued',
        schemaVersion: 3,
        data,
        metadata: {
          occurredAt: '2023-12-31T23:59:59.999+01:00',
          actor: 'Jeroen de Vries',
          reason: 'klant belde — “factuur kwijt”',
          correlationId: 'corr-ü',
          causationId: 'cause-1',
        },
      });
      await store().appendToStream(streamId, [event], { expectedVersion: 'no-stream' });

      const [fromStream] = await store().readStream(streamId);
      const [fromAll] = await collect(store().readAll({ filter: { tenantId } }));
      for (const recorded of [fromStream, fromAll]) {
        expect(recorded).toMatchObject({ ...event, streamId, streamVersion: 1 });
        expect(recorded?.data).toEqual(data);
      }
    });

    it('round-trips data that is not an object', async () => {
      const tenantId = uniqueTenantId();
      const streamId = uniqueStreamId('invoice', tenantId);
      const payloads: unknown[] = ['text', 42, true, null, [1, 'two', { three: 3 }]];
      await store().appendToStream(
        streamId,
        payloads.map((data) => makeEvent({ tenantId, data })),
        { expectedVersion: 'no-stream' },
      );

      expect((await store().readStream(streamId)).map((e) => e.data)).toEqual(payloads);
    });
  });
};
