import {
  CalendarDate,
  encodeEvent,
  invoiceId,
  invoiceStreamId,
  money,
  TenantId,
} from '@debiteur/core';
import { RecordedEvent } from '@debiteur/eventstore';
import { ACME, valid } from '../../analyst/testing/seed-books';

export interface PaidAt {
  /** The invoice paid: its id. */
  readonly id: string;
  /** When the store recorded the payment (ISO-8601 instant). */
  readonly recordedAt: string;
  readonly tenant?: TenantId;
}

/** The payment in full that follows an invoice's `Issued` event (version 2), as recorded. */
export const paidEvent = (
  { id, recordedAt, tenant = ACME }: PaidAt,
  globalPosition: number,
): RecordedEvent => {
  const encoded = encodeEvent({
    type: 'Paid',
    data: {
      amount: valid(money(121_00, 'EUR')),
      paidOn: valid(CalendarDate.decode('2026-03-10')),
    },
  });
  return {
    ...encoded,
    eventId: `paid-${id}`,
    streamId: invoiceStreamId(tenant, valid(invoiceId(id))),
    streamVersion: 2,
    globalPosition: String(globalPosition),
    recordedAt,
    metadata: {
      tenantId: tenant,
      occurredAt: '2026-03-10T10:00:00+01:00',
      actor: 'api:test',
      reason: null,
      correlationId: `pay-${id}`,
      causationId: null,
    },
  };
};
