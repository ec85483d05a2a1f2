import { EventDecodeFailed } from '@debiteur/eventstore';
import { makeEvent } from '@debiteur/eventstore/testing';
import {
  EventInsert,
  EventRow,
  recordedEventsOf,
  StoredRowUnreadable,
  toEventInsert,
  toRecordedEvent,
} from './event-rows';

const RECORDED_AT = '2024-03-01T08:30:00.000Z';

const rowOf = (insert: EventInsert, position = '7'): EventRow => [
  position,
  insert.event_id,
  insert.stream_id,
  insert.stream_version,
  insert.type,
  insert.schema_version,
  insert.data,
  insert.metadata,
  insert.recorded_at,
];

const decodeFailure = (row: EventRow): unknown => {
  try {
    return toRecordedEvent(row);
  } catch (error) {
    return error;
  }
};

describe('Event rows', () => {
  describe('written', () => {
    it('carry the category of the stream and the tenant of the metadata', () => {
      const insert = toEventInsert(
        'debtor:acme:D-1',
        3,
        makeEvent({ tenantId: 'acme' }),
        RECORDED_AT,
      );
      expect(insert).toMatchObject({ category: 'debtor', tenant_id: 'acme', stream_version: 3 });
    });

    it('keep only the metadata fields of the port', () => {
      const event = makeEvent();
      const withExtra = { ...event, metadata: { ...event.metadata, secret: 'not stored' } };
      const insert = toEventInsert('invoice:t:1', 1, withExtra, RECORDED_AT);
      expect(Object.keys(JSON.parse(insert.metadata) as object).sort()).toEqual(
        Object.keys(event.metadata).sort(),
      );
    });

    it('refuse data that is not JSON', () => {
      expect(() =>
        toEventInsert('invoice:t:1', 1, makeEvent({ data: () => 1 }), RECORDED_AT),
      ).toThrow(TypeError);
    });
  });

  describe('read back', () => {
    it('give the event that was written, at its stream version and position', () => {
      const event = makeEvent({ data: { lines: [1, 'two'] }, metadata: { reason: 'lost' } });
      const recorded = toRecordedEvent(
        rowOf(toEventInsert('invoice:t:1', 2, event, RECORDED_AT), '42'),
      );
      expect(recorded).toEqual({
        ...event,
        streamId: 'invoice:t:1',
        streamVersion: 2,
        globalPosition: '42',
        recordedAt: RECORDED_AT,
      });
    });

    it('fail to decode when the data is not JSON', () => {
      const insert = toEventInsert('invoice:t:1', 1, makeEvent(), RECORDED_AT);
      const error = decodeFailure(rowOf({ ...insert, data: '{"torn": ' }));
      expect(error).toBeInstanceOf(EventDecodeFailed);
      expect(error).toMatchObject({ streamId: 'invoice:t:1', streamVersion: 1 });
    });

    it('fail to decode when a metadata field is missing or of the wrong kind', () => {
      const insert = toEventInsert('invoice:t:1', 1, makeEvent(), RECORDED_AT);
      const metadata = JSON.stringify({
        ...JSON.parse(insert.metadata),
        actor: 7,
        reason: undefined,
      });
      const error = decodeFailure(rowOf({ ...insert, metadata }));
      expect(error).toBeInstanceOf(EventDecodeFailed);
      expect(error).toMatchObject({
        errors: [
          { path: 'metadata.actor', message: expect.any(String) },
          { path: 'metadata.reason', message: expect.any(String) },
        ],
      });
    });

    it('name the event id, the position and the reason of a row that does not decode', () => {
      const good = toEventInsert('invoice:t:1', 1, makeEvent(), RECORDED_AT);
      const metadata = JSON.stringify({ ...JSON.parse(good.metadata), actor: undefined });
      const bad = toEventInsert('invoice:t:1', 2, makeEvent(), RECORDED_AT);
      const page = [...rowOf(good, '41'), ...rowOf({ ...bad, metadata }, '42')];

      const error = (() => {
        try {
          return recordedEventsOf(page);
        } catch (thrown) {
          return thrown;
        }
      })();

      expect(error).toBeInstanceOf(StoredRowUnreadable);
      expect(error).toBeInstanceOf(EventDecodeFailed);
      expect(error).toMatchObject({
        streamId: 'invoice:t:1',
        streamVersion: 2,
        eventId: bad.event_id,
        globalPosition: '42',
        errors: [{ path: 'metadata.actor', message: expect.any(String) }],
      });
      expect((error as Error).message).toContain('metadata.actor');
    });

    it('fail to decode when the metadata is not an object', () => {
      const insert = toEventInsert('invoice:t:1', 1, makeEvent(), RECORDED_AT);
      expect(decodeFailure(rowOf({ ...insert, metadata: '[]' }))).toBeInstanceOf(EventDecodeFailed);
    });
  });
});
