import {
  businessDateOf,
  calendarDate,
  Currency,
  debtorId,
  Instant,
  instant,
  invoiceId,
  money,
  NonEmptyText,
  tenantId,
  TenantId,
} from '@debiteur/core';
import { Either, isLeft } from 'fp-ts/Either';
import { EventStore, InMemoryEventStore, RecordedEvent } from '@debiteur/eventstore';
import { RequestContext, runInvoiceCommand } from '@debiteur/application';
import { applyOpenItems, SyncOutcome } from '../apply-open-items';
import { parseOpenItems } from '../open-items-csv';
import { loadTenantInvoices } from '../tenant-invoices';

export const valid = <A>(either: Either<unknown, A>): A => {
  if (isLeft(either)) throw new Error(`bad test value: ${JSON.stringify(either.left)}`);
  return either.right;
};
export const at = (value: string): Instant => valid(instant(value));
export const EUR: Currency = valid(money(0, 'EUR')).currency;
export const TENANT: TenantId = valid(tenantId('acme'));
export const HEADER = 'invoice;debtor;name;date;due_date;amount;open;currency';

/** Someone other than the sync, working on the same books through the API. */
export const COLLECTOR: RequestContext = {
  tenantId: TENANT,
  actor: 'laura',
  reason: null,
  correlationId: 'c',
  causationId: null,
};

/** Runs the sync at `now` on a file of `HEADER` and `rows`, as `debiteur sync` does. */
export const syncAt =
  (events: InMemoryEventStore) =>
  async (now: string, ...rows: string[]): Promise<SyncOutcome> =>
    applyOpenItems(
      { events, tenant: TENANT, now: at(now), correlationId: 'test' },
      parseOpenItems([HEADER, ...rows].join('\n'), {
        defaultCurrency: EUR,
        today: businessDateOf(at(now)),
      }),
      await loadTenantInvoices(events, TENANT),
    );

export const allEvents = async (events: InMemoryEventStore): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for await (const event of events.readAll()) all.push(event);
  return all;
};

/** Issues an invoice of debtor k1 through the API, under an id of the collector's choosing. */
export const issueThroughApi = async (
  events: EventStore,
  id: string,
  number: string,
  euroCents: number,
): Promise<void> => {
  const issued = await runInvoiceCommand(events, COLLECTOR, valid(invoiceId(id)), {
    type: 'IssueInvoice',
    now: at('2026-03-01T10:00:00+01:00'),
    invoiceId: valid(invoiceId(id)),
    debtorId: valid(debtorId('k1')),
    number: valid(NonEmptyText.decode(number)),
    issueDate: valid(calendarDate('2026-02-01')),
    dueBy: { paymentTermDays: 30 },
    amount: valid(money(euroCents, 'EUR')),
    description: '',
  });
  if (issued._tag !== 'Accepted') throw new Error(`seed ${id}: ${JSON.stringify(issued)}`);
};
