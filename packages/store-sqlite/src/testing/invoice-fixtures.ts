import {
  CalendarDate,
  InvoiceCommand,
  InvoiceEvent,
  InvoiceState,
  Instant,
  Money,
  TenantId,
  NonEmptyText,
  debtorId,
  instant,
  invoiceDecider,
  invoiceEventCodec,
  invoiceId,
  invoiceStreamId,
  money,
  tenantId,
} from '@debiteur/core';
import { CommandResult, EventStore, handleCommand } from '@debiteur/eventstore';
import * as E from 'fp-ts/Either';

/** Test data is built through the core's smart constructors; bad data is a test bug. */
export const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`test data is invalid: ${JSON.stringify(either.left)}`);
  return either.right;
};

export const TENANT: TenantId = right(tenantId('acme'));
export const at = (iso: string): Instant => right(instant(iso));
export const date = (iso: string): CalendarDate => right(CalendarDate.decode(iso));
export const eur = (cents: number): Money => right(money(cents, 'EUR'));
export const invoiceStream = (id: string) => invoiceStreamId(TENANT, right(invoiceId(id)));

export const issueCommand = (id: string, debtor: string, issueDate: string): InvoiceCommand => ({
  type: 'IssueInvoice',
  now: at(`${issueDate}T10:00:00+01:00`),
  invoiceId: right(invoiceId(id)),
  debtorId: right(debtorId(debtor)),
  number: right(NonEmptyText.decode(id)),
  issueDate: date(issueDate),
  dueBy: { paymentTermDays: 14 },
  amount: eur(121_00),
  description: 'Onderhoud broodoven',
});

/** Runs one invoice command through the command shell, as `actor`, at the command's `now`. */
export const runInvoiceCommand = (
  store: EventStore,
  invoice: string,
  command: InvoiceCommand,
  actor = 'laura',
): Promise<CommandResult<InvoiceEvent, InvoiceState, unknown>> =>
  handleCommand<InvoiceCommand, InvoiceEvent, InvoiceState, unknown>({
    store,
    streamId: invoiceStream(invoice),
    decider: invoiceDecider,
    codec: invoiceEventCodec,
    command,
    context: {
      tenantId: TENANT,
      occurredAt: command.now,
      actor,
      reason: null,
      correlationId: `corr-${actor}`,
      causationId: null,
    },
  });
