import * as E from 'fp-ts/Either';
import fc from 'fast-check';
import { DebiteurEvent } from './debiteur-event';
import { EventEnvelope } from './event-envelope';
import { eventArb } from './envelope.spec-arbitraries';
import { ACME, at, day, eur, eventIdOf, INVOICE_STREAM } from './envelope.spec-helpers';
import { decodeEnvelope, fromStoredEvent, StoredEvent, toStoredEvent } from './stored-event';
import { EVENT_SCHEMAS } from './upcasters';
import oldCase from './__fixtures__/old-case.v1-stream.json';

const envelopeOf = (event: DebiteurEvent, version = 1): EventEnvelope<DebiteurEvent> => ({
  event,
  metadata: {
    eventId: eventIdOf(`evt-${version}`),
    tenantId: ACME,
    streamId: INVOICE_STREAM,
    streamVersion: version,
    occurredAt: at('2026-03-02T10:15:00+01:00'),
    recordedAt: at('2026-03-02T10:15:01.250+01:00'),
    actor: 'j.jansen',
    reason: 'debtor called',
    correlationId: 'cmd-7',
    causationId: 'evt-6',
    schemaVersion: EVENT_SCHEMAS[event.type].current,
  },
});

const rights = <L, R>(results: readonly E.Either<L, R>[]): readonly R[] =>
  results.flatMap((r) => (E.isRight(r) ? [r.right] : []));

const leftOf = <L, R>(either: E.Either<L, R>): L | undefined =>
  E.isLeft(either) ? either.left : undefined;

const oldRows: readonly StoredEvent[] = oldCase;

describe('Stored events', () => {
  describe('an old case written by the first release', () => {
    const decoded = oldRows.map(decodeEnvelope);
    const envelopes = rights(decoded);

    it('loads every event', () => {
      expect(decoded.filter(E.isLeft)).toEqual([]);
      expect(envelopes.map((e) => e.event.type)).toEqual(oldRows.map((r) => r.type));
    });

    it('reads the v1 Issued event as the current Issued event', () => {
      expect(envelopes[0]?.event).toEqual({
        type: 'Issued',
        data: expect.objectContaining({
          issueDate: day('2019-03-04'),
          dueDate: day('2019-04-03'),
          paymentTermDays: 30,
          amount: eur(48400),
          description: '',
        }),
      });
    });

    it('reports the current schema version of every event after upcasting', () => {
      expect(envelopes.map((e) => e.metadata.schemaVersion)).toEqual(
        envelopes.map((e) => EVENT_SCHEMAS[e.event.type].current),
      );
      expect(envelopes[0]?.metadata.schemaVersion).toBe(2);
      expect(oldRows[0]?.schemaVersion).toBe(1);
    });

    it('keeps who did what, when and why', () => {
      expect(
        envelopes.map(({ metadata: m }) => [m.streamVersion, m.actor, m.reason, m.occurredAt]),
      ).toEqual(oldRows.map((r) => [r.streamVersion, r.actor, r.reason, r.occurredAt]));
    });

    it('is stored again in the current version and reads back the same', () => {
      const restored = envelopes.map(toStoredEvent);
      expect(restored[0]?.schemaVersion).toBe(2);
      expect(rights(restored.map(fromStoredEvent))).toEqual(envelopes);
    });
  });

  it('reads back any stored envelope unchanged, also through JSON', () => {
    fc.assert(
      fc.property(eventArb, fc.integer({ min: 1, max: 500 }), (event, version) => {
        const envelope = envelopeOf(event, version);
        const stored: StoredEvent = JSON.parse(JSON.stringify(toStoredEvent(envelope)));
        expect(fromStoredEvent(stored)).toEqual(E.right(envelope));
      }),
    );
  });

  it('refuses a row with bad metadata, naming the column', () => {
    const paid = envelopeOf({
      type: 'Paid',
      data: { amount: eur(100), paidOn: day('2026-03-02') },
    });
    const row = { ...toStoredEvent(paid), occurredAt: '2026-03-02 10:15' };
    expect(leftOf(decodeEnvelope(row))).toMatchObject({
      _tag: 'InvalidEventMetadata',
      eventId: row.eventId,
      problems: [{ path: '$.occurredAt' }],
    });
  });

  it('passes on why the event itself could not be read', () => {
    const [first] = oldRows;
    expect(first).toBeDefined();
    if (first === undefined) return;
    expect(leftOf(decodeEnvelope({ ...first, schemaVersion: 9 }))).toMatchObject({
      _tag: 'UnsupportedSchemaVersion',
    });
    expect(leftOf(decodeEnvelope({ ...first, type: 'InvoiceLost' }))).toMatchObject({
      _tag: 'UnknownEventType',
    });
  });
});
