import {
  businessDateOf,
  calendarDate,
  Currency,
  debtorId,
  Instant,
  instant,
  InvoiceCommand,
  invoiceId,
  money,
  NonEmptyText,
  tenantId,
  TenantId,
} from '@debiteur/core';
import { EventStore, InMemoryEventStore, RecordedEvent } from '@debiteur/eventstore';
import { RequestContext, runInvoiceCommand } from '@debiteur/application';
import { applyOpenItems, SyncOutcome } from '../apply-open-items';
import { parseOpenItems } from '../open-items-csv';
import { loadTenantInvoices } from '../tenant-invoices';
import { valid } from '../../analyst/testing/seed-books';

export { valid };
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

/** A fresh store on which the sync has run once, at `now` on `rows`; `sync` runs it again. */
export const syncedBooks = async (
  now: string,
  ...rows: string[]
): Promise<{ events: InMemoryEventStore; sync: ReturnType<typeof syncAt> }> => {
  const events = new InMemoryEventStore();
  const sync = syncAt(events);
  await sync(now, ...rows);
  return { events, sync };
};

export const allEvents = async (events: InMemoryEventStore): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for await (const event of events.readAll()) all.push(event);
  return all;
};

/** When the collector works on the books through the API. */
const COLLECTOR_NOW = at('2026-03-01T10:00:00+01:00');

/** What an invoice issued through the API may differ in from the usual one of k1. */
export interface IssuedThroughApi {
  readonly issueDate?: string;
  readonly debtor?: string;
}

/**
 * Issues an invoice through the API, under an id of the collector's choosing: of debtor k1,
 * dated 1 February 2026, unless told otherwise.
 */
export const issueThroughApi = async (
  events: EventStore,
  id: string,
  number: string,
  euroCents: number,
  { issueDate = '2026-02-01', debtor = 'k1' }: IssuedThroughApi = {},
): Promise<void> => {
  const issued = await runInvoiceCommand(events, COLLECTOR, valid(invoiceId(id)), {
    type: 'IssueInvoice',
    now: COLLECTOR_NOW,
    invoiceId: valid(invoiceId(id)),
    debtorId: valid(debtorId(debtor)),
    number: valid(NonEmptyText.decode(number)),
    issueDate: valid(calendarDate(issueDate)),
    dueBy: { paymentTermDays: 30 },
    amount: valid(money(euroCents, 'EUR')),
    description: '',
  });
  if (issued._tag !== 'Accepted') throw new Error(`seed ${id}: ${JSON.stringify(issued)}`);
};

const collectorRuns = async (
  events: EventStore,
  id: string,
  command: InvoiceCommand,
): Promise<void> => {
  const result = await runInvoiceCommand(events, COLLECTOR, valid(invoiceId(id)), command);
  if (result._tag !== 'Accepted')
    throw new Error(`${command.type} ${id}: ${JSON.stringify(result)}`);
};

/** A collector records a payment of what is outstanding, which settles the invoice. */
export const settleThroughApi = (
  events: EventStore,
  id: string,
  euroCents: number,
): Promise<void> =>
  collectorRuns(events, id, {
    type: 'RecordPayment',
    now: COLLECTOR_NOW,
    amount: valid(money(euroCents, 'EUR')),
    paidOn: valid(calendarDate('2026-02-15')),
  });

/** A collector writes the invoice off: it is closed with its debt standing. */
export const writeOffThroughApi = (events: EventStore, id: string): Promise<void> =>
  collectorRuns(events, id, { type: 'WriteOff', now: COLLECTOR_NOW });

/** A collector hands the invoice over to a collection agency at `now`, charging nothing on top. */
export const handOverThroughApi = (events: EventStore, id: string, now: string): Promise<void> =>
  collectorRuns(events, id, { type: 'HandOverToCollection', now: at(now), costs: 'none' });
