import * as E from 'fp-ts/Either';
import { InvoiceEvent } from '../invoice/invoice.events';
import { CommandContext, EventToStore, eventsToStore } from './command-context';
import { ACME, at, day, eur, eventIdOf, INVOICE_STREAM } from './envelope.spec-helpers';
import { decodeEnvelope } from './stored-event';

const context: CommandContext = {
  tenantId: ACME,
  actor: 'j.jansen',
  reason: 'debtor promised on the phone',
  correlationId: 'req-17',
  causationId: null,
  occurredAt: at('2026-03-02T10:15:00+01:00'),
  eventIds: [eventIdOf('evt-a'), eventIdOf('evt-b'), eventIdOf('evt-c')],
};

const events: readonly InvoiceEvent[] = [
  { type: 'Paid', data: { amount: eur(5000), paidOn: day('2026-03-02') } },
  {
    type: 'PaymentPromised',
    data: { promisedDate: day('2026-03-06'), promisedOn: day('2026-03-02') },
  },
];

const recordsOf = (either: E.Either<unknown, readonly EventToStore[]>): readonly EventToStore[] =>
  E.isRight(either) ? either.right : [];

describe('Events to store', () => {
  it('stamps every event with the command context and the next event id', () => {
    const records = recordsOf(eventsToStore(INVOICE_STREAM, events, context));
    expect(records.map((r) => [r.eventId, r.type, r.streamId])).toEqual([
      ['evt-a', 'Paid', INVOICE_STREAM],
      ['evt-b', 'PaymentPromised', INVOICE_STREAM],
    ]);
    for (const r of records) {
      expect(r).toMatchObject({
        tenantId: context.tenantId,
        actor: context.actor,
        reason: context.reason,
        correlationId: context.correlationId,
        causationId: context.causationId,
        occurredAt: context.occurredAt,
      });
    }
  });

  it('reads back as the decided events once the store adds version and time', () => {
    const records = recordsOf(eventsToStore(INVOICE_STREAM, events, context));
    const recordedAt = '2026-03-02T10:15:01+01:00';
    const read = records.map((r, i) => decodeEnvelope({ ...r, streamVersion: i + 4, recordedAt }));
    expect(read.map(E.map((e) => e.event))).toEqual(events.map(E.right));
  });

  it('refuses to stamp more events than it has ids for', () => {
    const twoShort = { ...context, eventIds: context.eventIds.slice(0, 1) };
    expect(eventsToStore(INVOICE_STREAM, events, twoShort)).toEqual(
      E.left({ _tag: 'NotEnoughEventIds', needed: 2, given: 1 }),
    );
  });

  it('refuses to give two events the same id', () => {
    const twice = { ...context, eventIds: [eventIdOf('evt-a'), eventIdOf('evt-a')] };
    expect(eventsToStore(INVOICE_STREAM, events, twice)).toEqual(
      E.left({ _tag: 'DuplicateEventId', eventId: 'evt-a' }),
    );
  });

  it('stamps nothing for a command that decided nothing', () => {
    expect(eventsToStore(INVOICE_STREAM, [], context)).toEqual(E.right([]));
  });
});
