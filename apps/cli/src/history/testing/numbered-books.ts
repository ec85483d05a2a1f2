import { openStores, runInvoiceCommand } from '@debiteur/application';
import {
  CalendarDate,
  debtorId,
  instant,
  Instant,
  invoiceId,
  InvoiceCommand,
  money,
  NonEmptyText,
} from '@debiteur/core';
import { writeFileSync } from 'node:fs';
import { ACME, valid } from '../../analyst/testing/seed-books';
import { runCli } from '../../testing/run-cli';

/** Numbers the accounting package printed; sync issues them under derived ids. */
export const SYNCED_NUMBER = '2026/001';
export const SHARED_NUMBER = '2026/002';
/** An invoice issued through the API under an id of its own, with a payment recorded later. */
export const API_INVOICE = { id: 'api-7f3c', number: 'F-2026-0042' } as const;
/** Issued through the API with the number the sync also brought in. */
export const API_INVOICE_SHARING_A_NUMBER = { id: 'api-9', number: SHARED_NUMBER } as const;
/** A number on one invoice before the look-back instant, and on a second one after it. */
export const REUSED_NUMBER = 'F-2026-0050';
export const FIRST_UNDER_REUSED_NUMBER = { id: 'api-50', number: REUSED_NUMBER } as const;
export const LATER_UNDER_REUSED_NUMBER = { id: 'api-51', number: REUSED_NUMBER } as const;
/** Issued after the look-back instant, under a number no invoice carried before. */
export const ISSUED_LATER = { id: 'api-60', number: 'F-2026-0060' } as const;
/** Issued after the look-back instant with API_INVOICE's id as its number. */
export const NUMBERED_AS_API_INVOICE_ID = { id: 'api-31', number: API_INVOICE.id } as const;
/** An id first issued after the look-back instant, and the invoice that had it as number before. */
export const ID_ISSUED_LATER = { id: 'api-70', number: 'F-2026-0070' } as const;
export const NUMBERED_AS_ID_ISSUED_LATER = { id: 'api-33', number: ID_ISSUED_LATER.id } as const;

const OPEN_ITEMS = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount,currency',
  `${SYNCED_NUMBER},c-1,Brown Ltd,2026-01-05,2026-02-04,250.00,250.00,EUR`,
  `${SHARED_NUMBER},c-1,Brown Ltd,2026-01-06,2026-02-05,80.00,80.00,EUR`,
].join('\n');

const at = (text: string): Instant => valid(instant(text));

const issue = (id: string, number: string): InvoiceCommand => ({
  type: 'IssueInvoice',
  now: at('2026-03-02T10:00:00+01:00'),
  invoiceId: valid(invoiceId(id)),
  debtorId: valid(debtorId('c-1')),
  number: valid(NonEmptyText.decode(number)),
  issueDate: valid(CalendarDate.decode('2026-03-02')),
  dueBy: { paymentTermDays: 14 },
  amount: valid(money(121_00, 'EUR')),
  description: 'Consultancy',
});

const payInFull: InvoiceCommand = {
  type: 'RecordPayment',
  now: at('2026-03-10T10:00:00+01:00'),
  amount: valid(money(121_00, 'EUR')),
  paidOn: valid(CalendarDate.decode('2026-03-10')),
};

const apply = async (location: string, id: string, command: InvoiceCommand): Promise<void> => {
  const stores = await openStores(location);
  try {
    const context = {
      tenantId: ACME,
      actor: 'api:test',
      reason: null,
      correlationId: `seed-${id}`,
      causationId: null,
    };
    const result = await runInvoiceCommand(stores.events, context, valid(invoiceId(id)), command);
    if (result._tag !== 'Accepted') throw new Error(`seed ${id}: ${JSON.stringify(result)}`);
  } finally {
    await stores.close();
  }
};

/** Issues `invoices` through the API, one after the other, into the store at `location`. */
export const issueThroughApi = async (
  location: string,
  invoices: readonly { readonly id: string; readonly number: string }[],
): Promise<void> => {
  for (const { id, number } of invoices) await apply(location, id, issue(id, number));
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Books of tenant acme whose invoices an analyst knows by number: two synced by `debiteur
 * sync` (`folder` holds its CSV), four issued through the API, one of them sharing a synced
 * number, one carrying as its number an id issued later; then a payment and four more API
 * invoices (one reusing a number, one carrying API_INVOICE's id as its number, one under that
 * id issued later). Returns the look-back instant: before the payment by the store's clock.
 */
export const seedNumberedBooks = async (location: string, folder: string): Promise<Instant> => {
  const csv = `${folder}/open-items.csv`;
  writeFileSync(csv, OPEN_ITEMS);
  const sync = await runCli([
    'sync',
    '--tenant',
    ACME,
    '--open-items',
    csv,
    '--store',
    location,
    '--now',
    '2026-03-01T09:00:00+01:00',
  ]);
  if (sync.code !== 0) throw new Error(`seed sync: ${sync.stderr}`);
  await issueThroughApi(location, [
    API_INVOICE,
    API_INVOICE_SHARING_A_NUMBER,
    FIRST_UNDER_REUSED_NUMBER,
    NUMBERED_AS_ID_ISSUED_LATER,
  ]);
  await pause(50);
  const beforePayment = at(new Date().toISOString());
  await pause(50);
  await apply(location, API_INVOICE.id, payInFull);
  await issueThroughApi(location, [
    LATER_UNDER_REUSED_NUMBER,
    ISSUED_LATER,
    NUMBERED_AS_API_INVOICE_ID,
    ID_ISSUED_LATER,
  ]);
  return beforePayment;
};
