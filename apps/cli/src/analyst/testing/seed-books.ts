import { openStores, runDebtorCommand, runInvoiceCommand } from '@debiteur/application';
import {
  CalendarDate,
  debtorId,
  DebtorId,
  instant,
  Instant,
  invoiceId,
  InvoiceCommand,
  InvoiceId,
  money,
  Money,
  NonEmptyText,
  tenantId,
  TenantId,
} from '@debiteur/core';
import { EventStore } from '@debiteur/eventstore';
import { Either, isLeft } from 'fp-ts/Either';

/** The value of a test literal; a bad literal is a mistake in the test. */
export const valid = <A>(either: Either<unknown, A>): A => {
  if (isLeft(either)) throw new Error(`bad test value: ${JSON.stringify(either.left)}`);
  return either.right;
};

const at = (text: string): Instant => valid(instant(text));
const day = (text: string): CalendarDate => valid(CalendarDate.decode(text));
const eur = (cents: number): Money => valid(money(cents, 'EUR'));
const usd = (cents: number): Money => valid(money(cents, 'USD'));
const text = (value: string): NonEmptyText => valid(NonEmptyText.decode(value));

export const ACME: TenantId = valid(tenantId('acme'));
export const BOLT: TenantId = valid(tenantId('bolt'));

const context = (tenant: TenantId, actor: string, reason: string | null = null) => ({
  tenantId: tenant,
  actor,
  reason,
  correlationId: `seed-${actor}`,
  causationId: null,
});

const register = async (events: EventStore, tenant: TenantId, id: string, name: string) => {
  const debtor = valid(debtorId(id));
  const result = await runDebtorCommand(events, context(tenant, 'onboarding'), debtor, {
    type: 'RegisterDebtor',
    now: at('2026-01-02T09:00:00+01:00'),
    debtorId: debtor,
    name: text(name),
    kind: 'business',
    email: `${id}@example.nl`,
  });
  if (result._tag !== 'Accepted') throw new Error(`seed: ${JSON.stringify(result.error)}`);
};

const invoice = async (
  events: EventStore,
  tenant: TenantId,
  id: string,
  command: InvoiceCommand,
  actor = 'collector:anna',
  reason: string | null = null,
) => {
  const result = await runInvoiceCommand(
    events,
    context(tenant, actor, reason),
    valid(invoiceId(id)),
    command,
  );
  if (result._tag !== 'Accepted') throw new Error(`seed ${id}: ${JSON.stringify(result.error)}`);
};

const issue = (
  id: string,
  debtor: string,
  issued: string,
  termDays: number,
  amount: Money,
): InvoiceCommand => ({
  type: 'IssueInvoice',
  now: at(`${issued}T10:00:00+01:00`),
  invoiceId: valid(invoiceId(id)) as InvoiceId,
  debtorId: valid(debtorId(debtor)) as DebtorId,
  number: text(id),
  issueDate: day(issued),
  dueBy: { paymentTermDays: termDays },
  amount,
  description: `Work for ${debtor}`,
});

/**
 * The first part of two small portfolios (tenants acme and bolt, EUR and USD): paid, partly
 * paid, reminded, promised, disputed and credited invoices, through the application's
 * command runners as the service would write them.
 */
export const seedFirstBooks = async (location: string): Promise<void> => {
  const stores = await openStores(location);
  const events = stores.events;
  try {
    await register(events, ACME, 'bakker', 'Bakkerij Bakker');
    await register(events, ACME, 'visser', 'Visser & Zn');
    await register(events, ACME, 'smit', 'Smit Installaties');
    await register(events, BOLT, 'jansen', 'Jansen BV');
    await invoice(events, ACME, 'F-1', issue('F-1', 'bakker', '2026-01-05', 30, eur(500_00)));
    await invoice(
      events,
      ACME,
      'F-1',
      {
        type: 'SendReminder',
        now: at('2026-02-10T08:00:00+01:00'),
        level: 1,
        kind: 'reminder',
        channel: 'email',
      },
      'scheduler',
    );
    await invoice(events, ACME, 'F-1', {
      type: 'RecordPayment',
      now: at('2026-02-20T12:00:00+01:00'),
      amount: eur(500_00),
      paidOn: day('2026-02-20'),
    });
    await invoice(events, ACME, 'F-2', issue('F-2', 'bakker', '2026-02-01', 14, eur(121_00)));
    await invoice(
      events,
      ACME,
      'F-2',
      {
        type: 'PromisePayment',
        now: at('2026-02-18T15:00:00+01:00'),
        promisedDate: day('2026-03-01'),
      },
      'collector:anna',
      'called, will pay next week',
    );
    await invoice(events, ACME, 'F-3', issue('F-3', 'visser', '2026-01-10', 14, eur(1_000_00)));
    await invoice(
      events,
      ACME,
      'F-3',
      {
        type: 'PutOnHold',
        now: at('2026-01-28T11:00:00+01:00'),
        reason: 'dispute',
      },
      'collector:bert',
      'debtor disputes the delivery',
    );
    await invoice(events, ACME, 'F-3', {
      type: 'ApplyCreditNote',
      now: at('2026-02-03T11:00:00+01:00'),
      number: text('C-1'),
      amount: eur(200_00),
    });
    await invoice(events, ACME, 'F-5', issue('F-5', 'smit', '2025-11-03', 30, eur(75_50)));
    await invoice(events, BOLT, 'B-1', issue('B-1', 'jansen', '2026-02-10', 14, usd(300_00)));
    await invoice(events, BOLT, 'B-1', {
      type: 'RecordPayment',
      now: at('2026-02-25T09:00:00+01:00'),
      amount: usd(100_00),
      paidOn: day('2026-02-25'),
    });
  } finally {
    await stores.close();
  }
};

/** Later bookings: F-2 paid, a new invoice for visser, B-1 paid off. */
export const seedLaterBooks = async (location: string): Promise<void> => {
  const stores = await openStores(location);
  const events = stores.events;
  try {
    await invoice(events, ACME, 'F-2', {
      type: 'RecordPayment',
      now: at('2026-03-01T10:00:00+01:00'),
      amount: eur(121_00),
      paidOn: day('2026-03-01'),
    });
    await invoice(events, ACME, 'F-4', issue('F-4', 'visser', '2026-02-20', 30, eur(250_00)));
    await invoice(events, BOLT, 'B-1', {
      type: 'RecordPayment',
      now: at('2026-03-02T09:00:00+01:00'),
      amount: usd(200_00),
      paidOn: day('2026-03-02'),
    });
  } finally {
    await stores.close();
  }
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The first books, then the later ones a moment on; returns an instant between the two by
 * the store's clock, so a look-back to it sees the first books alone.
 */
export const seedBooksInTwoRounds = async (location: string): Promise<Instant> => {
  await seedFirstBooks(location);
  await pause(50);
  const between = at(new Date().toISOString());
  await pause(50);
  await seedLaterBooks(location);
  return between;
};
