import {
  openStores,
  RequestContext,
  runDebtorCommand,
  runInvoiceCommand,
  Stores,
} from '@debiteur/application';
import { ReminderChannel, SendReminder } from '@debiteur/core';
import { TempFolder, tempFolder } from '@debiteur/store-sqlite/testing';
import { at, cents, day, debtor, invoice, link, tenant, text } from '../delivery.spec-values';

export const ACME = tenant('acme');

const contextOf = (tenantId = ACME): RequestContext => ({
  tenantId,
  actor: 'test',
  reason: null,
  correlationId: 'c-test',
  causationId: null,
});

const accepted = <R extends { _tag: string }>(result: R): R => {
  if (result._tag !== 'Accepted') throw new Error(`command rejected: ${JSON.stringify(result)}`);
  return result;
};

/** A real SQLite file in a fresh temp folder, with an outbox folder beside it. */
export const useSqliteWorld = () => {
  let folder: TempFolder;
  let stores: Stores | null = null;
  beforeEach(async () => {
    folder = tempFolder('delivery');
    stores = await openStores(`sqlite:${folder.path()}`);
  });
  afterEach(async () => {
    await stores?.close();
    folder.remove();
  });
  const current = (): Stores => {
    if (stores === null) throw new Error('stores not open');
    return stores;
  };
  return {
    stores: current,
    outbox: () => folder.path('outbox'),
    registerDebtor: async (
      id: string,
      details: { email?: string; contactPerson?: string; kind?: 'business' | 'consumer' } = {},
      tenantId = ACME,
    ) =>
      accepted(
        await runDebtorCommand(current().events, contextOf(tenantId), debtor(id), {
          type: 'RegisterDebtor',
          now: at('2026-10-01T09:00:00+02:00'),
          debtorId: debtor(id),
          name: text(`Debtor ${id}`),
          kind: details.kind ?? 'business',
          ...(details.email === undefined ? {} : { email: details.email }),
          ...(details.contactPerson === undefined
            ? {}
            : { contactPerson: text(details.contactPerson) }),
        }),
      ),
    changeEmail: async (id: string, email: string, tenantId = ACME) =>
      accepted(
        await runDebtorCommand(current().events, contextOf(tenantId), debtor(id), {
          type: 'ChangeDebtorDetails',
          now: at('2026-12-01T12:00:00+01:00'),
          email,
        }),
      ),
    issue: async (
      id: string,
      debtorId: string,
      options: { amount?: number; paymentLink?: string; description?: string } = {},
      tenantId = ACME,
    ) =>
      accepted(
        await runInvoiceCommand(current().events, contextOf(tenantId), invoice(id), {
          type: 'IssueInvoice',
          now: at('2026-10-09T10:00:00+02:00'),
          invoiceId: invoice(id),
          debtorId: debtor(debtorId),
          number: text(`NR-${id}`),
          issueDate: day('2026-10-09'),
          dueBy: { dueDate: day('2026-11-23') },
          amount: cents(options.amount ?? 121000),
          description: options.description ?? `Werkzaamheden ${id}`,
          ...(options.paymentLink === undefined ? {} : { paymentLink: link(options.paymentLink) }),
        }),
      ),
    /** Sends reminder `level` with a known event id, so the test can find its file. */
    remind: async (
      id: string,
      level: number,
      eventId: string,
      over: { channel?: ReminderChannel; kind?: SendReminder['kind'] } = {},
      tenantId = ACME,
    ) =>
      accepted(
        await runInvoiceCommand(
          current().events,
          contextOf(tenantId),
          invoice(id),
          {
            type: 'SendReminder',
            now: at('2026-12-01T09:00:00+01:00'),
            level,
            kind: over.kind ?? (level === 1 ? 'reminder' : 'demand'),
            channel: over.channel ?? 'email',
          },
          { newEventId: () => eventId },
        ),
      ),
    pay: async (id: string, amount: number, tenantId = ACME) =>
      accepted(
        await runInvoiceCommand(current().events, contextOf(tenantId), invoice(id), {
          type: 'RecordPayment',
          now: at('2026-12-02T09:00:00+01:00'),
          amount: cents(amount),
          paidOn: day('2026-12-02'),
        }),
      ),
  };
};
