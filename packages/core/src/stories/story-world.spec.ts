import { EVENT_SCHEMAS } from '../envelope';
import { debtorCommand, invoiceCommand } from './story-commands.spec-helpers';
import { outcomeOf } from './story-values.spec-helpers';
import { StoryWorld } from './story-world.spec-helpers';

const DEBTOR = 'bakkerij-de-vries';
const INVOICE = 'F-2026-001';

const givenAWorldWithAnInvoice = () => {
  const world = StoryWorld.of('acme', '2026-03-02T10:00:00+01:00');
  world
    .debtor(DEBTOR)
    .execute(
      debtorCommand.register({ debtorId: DEBTOR, name: 'Bakkerij De Vries', kind: 'business' }),
    );
  world.invoice(INVOICE).execute(
    invoiceCommand.issue({
      invoiceId: INVOICE,
      debtorId: DEBTOR,
      number: '2026-001',
      issueDate: '2026-03-02',
      cents: 12100,
      description: 'Brood en banket, februari',
    }),
    { actor: 'accounting-sync', reason: 'booked' },
  );
  return world;
};

describe('The story world', () => {
  it('records every accepted event with the metadata a store would keep', () => {
    const world = givenAWorldWithAnInvoice();

    expect(world.events().map((e) => e.metadata)).toEqual([
      {
        eventId: 'evt-000001',
        tenantId: 'acme',
        streamId: `debtor:acme:${DEBTOR}`,
        streamVersion: 1,
        occurredAt: '2026-03-02T10:00:00+01:00',
        recordedAt: '2026-03-02T10:00:00+01:00',
        actor: 'collector',
        reason: null,
        correlationId: 'cmd-1',
        causationId: null,
        schemaVersion: EVENT_SCHEMAS.DebtorRegistered.current,
      },
      {
        eventId: 'evt-000002',
        tenantId: 'acme',
        streamId: `invoice:acme:${INVOICE}`,
        streamVersion: 1,
        occurredAt: '2026-03-02T10:00:00+01:00',
        recordedAt: '2026-03-02T10:00:00+01:00',
        actor: 'accounting-sync',
        reason: 'booked',
        correlationId: 'cmd-2',
        causationId: null,
        schemaVersion: EVENT_SCHEMAS.Issued.current,
      },
    ]);
  });

  it('gives the events of one command one correlation id and consecutive versions', () => {
    const world = givenAWorldWithAnInvoice();
    world.invoice(INVOICE).execute(invoiceCommand.putOnHold('dispute'));

    world.at('2026-03-03T10:00:00+01:00');
    world.invoice(INVOICE).execute(invoiceCommand.promise('2026-03-06'));

    expect(
      world
        .invoice(INVOICE)
        .history()
        .map((e) => e.metadata),
    ).toMatchObject([
      { streamVersion: 1 },
      { streamVersion: 2, correlationId: 'cmd-3' },
      { streamVersion: 3, correlationId: 'cmd-4', eventId: 'evt-000004' },
      { streamVersion: 4, correlationId: 'cmd-4', eventId: 'evt-000005' },
    ]);
  });

  it('records nothing for a rejected command and answers its tag', () => {
    const world = givenAWorldWithAnInvoice();

    const rejected = world.invoice(INVOICE).execute(invoiceCommand.releaseHold());

    expect(outcomeOf(rejected)).toBe('NotOnHold');
    expect(world.events()).toHaveLength(2);
  });

  it('lets the scheduler act as "scheduler", caused by the event it decided on', () => {
    const world = givenAWorldWithAnInvoice();

    world.runDays('2026-03-03', '2026-03-23');

    const [issued, reminder] = world.invoice(INVOICE).history();
    expect(reminder?.metadata).toMatchObject({
      actor: 'scheduler',
      causationId: issued?.metadata.eventId,
      occurredAt: '2026-03-23T09:00:00+01:00',
    });
    expect(reminder?.metadata.correlationId).toMatch(/^scheduler-pass-/);
  });

  it('keeps a fork apart from the world it was forked from', () => {
    const world = givenAWorldWithAnInvoice();
    const fork = world.fork();

    fork.invoice(INVOICE).execute(invoiceCommand.pay(12100, '2026-03-02'));

    expect(fork.invoice(INVOICE).state().status).toBe('settled');
    expect(world.invoice(INVOICE).state().status).toBe('open');
  });

  it('refuses to turn its clock back', () => {
    const world = givenAWorldWithAnInvoice();

    expect(() => world.at('2026-03-02T09:59:00+01:00')).toThrow();
  });
});
