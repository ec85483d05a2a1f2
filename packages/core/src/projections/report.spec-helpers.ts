import { DebtorEvent } from '../debtor/debtor.events';
import { DomainEvent, EventEnvelope } from '../envelope/event-envelope';
import { debtorStreamId, invoiceStreamId } from '../envelope/stream-id';
import { Installment, InvoiceEvent, InvoiceEventOf } from '../invoice/invoice.events';
import { addDays } from '../shared/calendar-date';
import { TenantId } from '../shared/ids';
import { Money } from '../shared/money';
import {
  day,
  debtor,
  eventIdOf,
  invoice,
  onDay,
  tenant,
  text,
} from '../shared/test-values.spec-helpers';

export { day, debtor, eur, invoice, tenant, text, usd } from '../shared/test-values.spec-helpers';

export const installment = (dueDate: string, amount: Money): Installment => ({
  dueDate: day(dueDate),
  amount,
});

export const ACME = tenant('acme');
export const OTHER_TENANT = tenant('globex');

const RECORDED_AT = onDay('2026-01-01', 10);

/** Envelopes for one stream's events, versions 1, 2, … (or from `firstVersion`). */
export const streamEnvelopes = (
  tenantId: TenantId,
  streamId: string,
  events: readonly DomainEvent[],
  firstVersion = 1,
): EventEnvelope[] =>
  events.map((event, i) => {
    const version = firstVersion + i;
    const at = RECORDED_AT;
    return {
      event,
      metadata: {
        eventId: eventIdOf(`${streamId}-${version}`),
        tenantId,
        streamId,
        streamVersion: version,
        occurredAt: at,
        recordedAt: at,
        actor: 'test',
        reason: null,
        correlationId: `${streamId}-${version}`,
        causationId: null,
        schemaVersion: 1,
      },
    };
  });

export interface IssueFacts {
  readonly invoiceId: string;
  readonly debtorId: string;
  readonly issueDate: string;
  /** Default: 14 days after the issue date. */
  readonly dueDate?: string;
  readonly amount: Money;
  readonly number?: string;
  readonly description?: string;
}

export const issued = (facts: IssueFacts): InvoiceEventOf<'Issued'> => {
  const issueDate = day(facts.issueDate);
  const dueDate = facts.dueDate === undefined ? addDays(issueDate, 14) : day(facts.dueDate);
  return {
    type: 'Issued',
    data: {
      invoiceId: invoice(facts.invoiceId),
      debtorId: debtor(facts.debtorId),
      number: text(facts.number ?? facts.invoiceId),
      issueDate,
      dueDate,
      paymentTermDays: 14,
      amount: facts.amount,
      description: facts.description ?? `Services ${facts.invoiceId}`,
    },
  };
};

/** One invoice's stream: its `Issued` event followed by the given events. */
export const invoiceStream = (
  facts: IssueFacts & { readonly tenantId?: TenantId },
  ...rest: readonly InvoiceEvent[]
): EventEnvelope[] =>
  streamEnvelopes(
    facts.tenantId ?? ACME,
    invoiceStreamId(facts.tenantId ?? ACME, invoice(facts.invoiceId)),
    [issued(facts), ...rest],
  );

export const debtorStream = (
  id: string,
  events: readonly DebtorEvent[],
  tenantId: TenantId = ACME,
): EventEnvelope[] => streamEnvelopes(tenantId, debtorStreamId(tenantId, debtor(id)), events);

export { invoiceEvents as ev } from '../invoice/invoice-events.spec-helpers';

export const registered = (
  id: string,
  name: string,
  contact: { contactPerson?: string; email?: string; phone?: string } = {},
): DebtorEvent => ({
  type: 'DebtorRegistered',
  data: { debtorId: debtor(id), name: text(name), kind: 'business', ...contact },
});
