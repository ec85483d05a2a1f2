import { EventDecodeFailed, StoreUnavailable } from '@debiteur/eventstore';
import { makeEvent } from '@debiteur/eventstore/testing';
import { EsdbRecordedEvent } from './esdb-client.port';
import { decodeMetadata, toEsdbEvent, toRecordedEvent } from './recorded-event';

const STREAM = 'invoice:acme:INV-1';
const CREATED = new Date('2024-03-01T08:31:02.123Z');

/** What the server hands back for a written event, as the client port reports it. */
const recorded = (overrides: Partial<EsdbRecordedEvent> = {}): EsdbRecordedEvent => {
  const written = toEsdbEvent(makeEvent({ eventId: 'evt-1', type: 'Issued', data: { n: 1 } }));
  return {
    streamName: STREAM,
    id: written.id,
    type: written.type,
    revision: 4n,
    data: written.data,
    metadata: JSON.parse(JSON.stringify(written.metadata)),
    isJson: true,
    created: CREATED,
    position: { commit: 2n ** 60n, prepare: 2n ** 60n + 5n },
    ...overrides,
  };
};

describe('An event in EventStoreDB', () => {
  it('keeps the data as JSON and every other field in the metadata', () => {
    const event = makeEvent({ eventId: 'evt-1', schemaVersion: 3, data: ['any', { json: true }] });
    const written = toEsdbEvent(event);

    expect(written.data).toEqual(event.data);
    expect(written.metadata).toMatchObject({
      ...event.metadata,
      eventId: 'evt-1',
      schemaVersion: 3,
      $correlationId: event.metadata.correlationId,
    });
  });

  it('reads back as the event that was appended, with version, position and store time', () => {
    const event = makeEvent({ eventId: 'evt-1', type: 'Issued', data: { n: 1 } });

    expect(toRecordedEvent(STREAM, recorded())).toEqual({
      ...event,
      streamId: STREAM,
      streamVersion: 5,
      globalPosition: `${2n ** 60n}:${2n ** 60n + 5n}`,
      recordedAt: '2024-03-01T08:31:02.123Z',
    });
  });

  it('reads an imported event with the time its source store recorded, not the server’s', () => {
    const imported = makeEvent({ eventId: 'evt-1', type: 'Issued', data: { n: 1 } });
    const written = toEsdbEvent({ ...imported, originallyRecordedAt: '2021-05-04T10:00:00+02:00' });
    const read = toRecordedEvent(
      STREAM,
      recorded({ metadata: JSON.parse(JSON.stringify(written.metadata)) }),
    );

    expect(read.recordedAt).toBe('2021-05-04T08:00:00.000Z');
    expect(read.metadata).toEqual(imported.metadata);
  });

  it('keeps null reason and causation', () => {
    const event = makeEvent({ metadata: { reason: null, causationId: null } });
    const decoded = decodeMetadata(JSON.parse(JSON.stringify(toEsdbEvent(event).metadata)));
    expect(decoded).toMatchObject({ ok: true, value: { reason: null, causationId: null } });
  });

  it('is a data fault when its metadata is not the adapter’s, naming each problem', () => {
    const read = () =>
      toRecordedEvent(STREAM, recorded({ metadata: { tenantId: 7, schemaVersion: '1' } }));
    expect(read).toThrow(EventDecodeFailed);
    const decoded = decodeMetadata({ tenantId: 7, schemaVersion: '1' });
    expect(decoded.ok ? [] : decoded.problems).toHaveLength(8);
    expect(decodeMetadata(undefined).ok).toBe(false);
  });

  it('is a data fault when it was not written as JSON', () => {
    expect(() => toRecordedEvent(STREAM, recorded({ isJson: false }))).toThrow(EventDecodeFailed);
  });

  it('needs a position, which servers before 22.10 leave out of stream reads', () => {
    expect(() => toRecordedEvent(STREAM, recorded({ position: null }))).toThrow(StoreUnavailable);
  });
});
