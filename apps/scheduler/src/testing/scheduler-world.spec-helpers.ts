import { RequestContext, runDebtorCommand, runInvoiceCommand, Stores } from '@debiteur/application';
import {
  CalendarDate,
  calendarDate,
  debtorId,
  Instant,
  instant,
  InvoiceCommand,
  invoiceId,
  money,
  NonEmptyText,
  TenantId,
  tenantId,
} from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';

/** Test values go through the core's smart constructors; a bad literal fails the test. */
export const valid = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`invalid test value: ${JSON.stringify(either.left)}`);
  return either.right;
};

export const at = (iso: string): Instant => valid(instant(iso));
export const day = (iso: string): CalendarDate => valid(calendarDate(iso));
export const TENANT: TenantId = valid(tenantId('bakkerij-de-vries'));
export const DEBTOR = 'hotel-de-zwaan';

const context = (actor: string): RequestContext => ({
  tenantId: TENANT,
  actor,
  reason: null,
  correlationId: `test-${actor}`,
  causationId: null,
});

const mustAccept = (result: { readonly _tag: string }, what: string): void => {
  if (result._tag !== 'Accepted') throw new Error(`${what} was refused: ${JSON.stringify(result)}`);
};

/** What a collector (or the accounting sync) does on the store, as commands. */
export const collector = (stores: Stores) => ({
  async registerDebtor(id: string, now: Instant, kind: 'business' | 'consumer' = 'business') {
    const result = await runDebtorCommand(
      stores.events,
      context('collector'),
      valid(debtorId(id)),
      {
        type: 'RegisterDebtor',
        now,
        debtorId: valid(debtorId(id)),
        name: valid(NonEmptyText.decode(`Debtor ${id}`)),
        kind,
      },
    );
    mustAccept(result, `registering ${id}`);
  },
  async issue(id: string, issueDate: string, now: Instant, debtor = DEBTOR) {
    await this.run(id, {
      type: 'IssueInvoice',
      now,
      invoiceId: valid(invoiceId(id)),
      debtorId: valid(debtorId(debtor)),
      number: valid(NonEmptyText.decode(id)),
      issueDate: day(issueDate),
      dueBy: { paymentTermDays: 14 },
      amount: valid(money(12100, 'EUR')),
      description: 'Broodleveringen',
    });
  },
  async run(id: string, command: InvoiceCommand) {
    const result = await runInvoiceCommand(
      stores.events,
      context('collector'),
      valid(invoiceId(id)),
      command,
    );
    mustAccept(result, `${command.type} on ${id}`);
  },
});

/** Every event the scheduler recorded, in the store's global order. */
export const schedulerEvents = async (stores: Stores): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of stores.events.readAll({ filter: { categories: ['invoice'] } })) {
    if (event.metadata.actor === 'scheduler') events.push(event);
  }
  return events;
};

const dataOf = (event: RecordedEvent): Record<string, unknown> =>
  typeof event.data === 'object' && event.data !== null ? { ...event.data } : {};

/** `date invoice type [level]`: what went out on which day, for comparing with a list. */
export const deedOf = (event: RecordedEvent): string => {
  const data = dataOf(event);
  const on = data['sentOn'] ?? data['detectedOn'] ?? data['handedOverOn'] ?? '?';
  const invoice = event.streamId.split(':').slice(2).join(':');
  const level = typeof data['level'] === 'number' ? ` ${data['level']}` : '';
  return `${String(on)} ${invoice} ${event.type}${level}`;
};

/** How many reminders of each (invoice, level) the store holds. */
export const remindersPerLevel = (events: readonly RecordedEvent[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.type !== 'ReminderSent') continue;
    const key = `${event.streamId}#${String(dataOf(event)['level'])}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};
