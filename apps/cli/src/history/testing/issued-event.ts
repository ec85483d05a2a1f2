import {
  CalendarDate,
  debtorId,
  encodeEvent,
  invoiceId,
  invoiceStreamId,
  money,
  NonEmptyText,
  TenantId,
} from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import { ACME, valid } from '../../analyst/testing/seed-books';

export interface IssuedAt {
  readonly id: string;
  readonly number: string;
  /** When the store recorded the issue (ISO-8601 instant). */
  readonly recordedAt: string;
  readonly tenant?: TenantId;
}

/** The `Issued` event an invoice's stream starts with, as a store recorded it. */
export const issuedEvent = (
  { id, number, recordedAt, tenant = ACME }: IssuedAt,
  globalPosition: number,
): RecordedEvent => {
  const encoded = encodeEvent({
    type: 'Issued',
    data: {
      invoiceId: valid(invoiceId(id)),
      debtorId: valid(debtorId('c-1')),
      number: valid(NonEmptyText.decode(number)),
      issueDate: valid(CalendarDate.decode('2026-03-02')),
      dueDate: valid(CalendarDate.decode('2026-03-16')),
      paymentTermDays: 14,
      amount: valid(money(121_00, 'EUR')),
      description: 'Consultancy',
    },
  });
  return {
    ...encoded,
    eventId: `issued-${id}`,
    streamId: invoiceStreamId(tenant, valid(invoiceId(id))),
    streamVersion: 1,
    globalPosition: String(globalPosition),
    recordedAt,
    metadata: {
      tenantId: tenant,
      occurredAt: '2026-03-02T10:00:00+01:00',
      actor: 'api:test',
      reason: null,
      correlationId: `issue-${id}`,
      causationId: null,
    },
  };
};
