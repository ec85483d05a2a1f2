import * as fc from 'fast-check';
import { DebtorEvent } from '../debtor/debtor.events';
import { EventEnvelope } from '../envelope/event-envelope';
import { InvoiceEvent } from '../invoice/invoice.events';
import { addDays, CalendarDate } from '../shared/calendar-date';
import { TenantId } from '../shared/ids';
import { Money } from '../shared/money';
import {
  ACME,
  day,
  debtorStream,
  eur,
  ev,
  installment,
  invoiceStream,
  OTHER_TENANT,
  registered,
  streamEnvelopes,
  text,
} from './report.spec-helpers';

const BASE = day('2025-01-01');

export const anyDay: fc.Arbitrary<CalendarDate> = fc
  .integer({ min: 0, max: 500 })
  .map((n) => addDays(BASE, n));

export const anyAmount: fc.Arbitrary<Money> = fc.integer({ min: 1, max: 200000 }).map(eur);

/** Any event that can follow an invoice's `Issued`, amounts in euros like the invoice. */
export const anyInvoiceEvent: fc.Arbitrary<InvoiceEvent> = fc.oneof(
  fc.tuple(anyAmount, anyDay).map(([amount, on]) => ev.paid(amount, on)),
  fc.tuple(anyAmount, anyDay).map(([amount, on]) => ev.creditNote('CN-1', amount, on)),
  fc.tuple(anyAmount, anyDay).map(([amount, on]) => ev.creditBalance(amount, on)),
  fc
    .tuple(fc.constantFrom('reminder', 'demand', 'final-notice', 'hand-over' as const), anyDay)
    .map(([kind, on]) => ev.reminder(1, kind, on)),
  fc
    .tuple(
      fc.constantFrom('dispute', 'awaiting-credit-note', 'clarification', 'other' as const),
      anyDay,
    )
    .map(([reason, on]) => ev.putOnHold(reason, on)),
  anyDay.map((on) => ev.holdReleased(on)),
  fc.tuple(anyDay, anyDay).map(([date, on]) => ev.promised(date, on)),
  fc.tuple(anyDay, anyDay).map(([date, on]) => ev.promiseKept(date, on)),
  fc.tuple(anyDay, anyDay).map(([date, on]) => ev.promiseBroken(date, on)),
  fc
    .tuple(anyDay, anyDay, anyAmount)
    .map(([on, due, amount]) => ev.arrangement(on, installment(due, amount))),
  fc.tuple(anyDay, anyDay).map(([missed, on]) => ev.defaulted(missed, on)),
  fc.tuple(anyDay, anyAmount).map(([on, amount]) => ev.handedOver(on, amount)),
  fc.tuple(anyAmount, anyDay).map(([amount, on]) => ev.writtenOff(amount, on)),
  fc.tuple(anyDay, anyDay).map(([previous, due]) => ev.termsAdjusted(previous, due)),
  anyDay.map((on) => ev.contact(on)),
);

export interface GeneratedInvoice {
  readonly amount: Money;
  readonly issueDate: CalendarDate;
  readonly events: readonly InvoiceEvent[];
}

export const anyInvoice: fc.Arbitrary<GeneratedInvoice> = fc.record({
  amount: anyAmount,
  issueDate: anyDay,
  events: fc.array(anyInvoiceEvent, { maxLength: 12 }),
});

const anyDebtorChange: fc.Arbitrary<DebtorEvent> = fc.oneof(
  fc
    .emailAddress()
    .map((email): DebtorEvent => ({ type: 'DebtorDetailsChanged', data: { email } })),
  fc.constantFrom('Anna', 'Bram', 'Cor').map((contactPerson): DebtorEvent => ({
    type: 'ContactPersonChanged',
    data: { contactPerson },
  })),
  fc
    .constantFrom('Bakker BV', 'Klein & Zn')
    .map((name): DebtorEvent => ({ type: 'DebtorDetailsChanged', data: { name: text(name) } })),
  fc
    .subarray(['contactPerson', 'email', 'phone'] as const, { minLength: 1 })
    .map((removed): DebtorEvent => ({ type: 'ContactDetailsRemoved', data: { removed } })),
  fc.integer({ min: 7, max: 60 }).map((paymentTermDays): DebtorEvent => ({
    type: 'PaymentTermAgreed',
    data: { paymentTermDays },
  })),
);

const DEBTORS = ['bakker', 'klein', 'groot'] as const;
const anyTenant: fc.Arbitrary<TenantId> = fc.constantFrom(ACME, OTHER_TENANT);

/** Several invoice and debtor streams of two tenants, and a stream no report reads. */
const anyStreams: fc.Arbitrary<readonly EventEnvelope[][]> = fc
  .tuple(
    fc.array(fc.tuple(anyTenant, fc.constantFrom(...DEBTORS), anyInvoice), { maxLength: 6 }),
    fc.array(fc.tuple(anyTenant, fc.array(anyDebtorChange, { maxLength: 4 })), { maxLength: 3 }),
  )
  .map(([invoices, debtors]) => [
    ...invoices.map(([tenantId, debtorId, { amount, issueDate, events }], i) =>
      invoiceStream({ tenantId, invoiceId: `INV-${i}`, debtorId, issueDate, amount }, ...events),
    ),
    ...debtors.map(([tenantId, changes], i) => {
      const id = DEBTORS[i % DEBTORS.length] ?? 'bakker';
      return debtorStream(id, [registered(id, `Debtor ${id}`), ...changes], tenantId);
    }),
    streamEnvelopes(ACME, 'tenant:acme:settings', [{ type: 'SomethingElse', data: {} }]),
  ]);

/** Interleaves streams as a store would: each stream in its own order, streams mixed. */
const interleave = (
  streams: readonly EventEnvelope[][],
  picks: readonly number[],
): EventEnvelope[] => {
  const queues = streams.map((s) => [...s]);
  const out: EventEnvelope[] = [];
  for (let i = 0; ; i += 1) {
    const waiting = queues.filter((q) => q.length > 0);
    const queue =
      waiting[(picks[i % Math.max(1, picks.length)] ?? 0) % Math.max(1, waiting.length)];
    const next = queue?.shift();
    if (next === undefined) return out;
    out.push(next);
  }
};

/** All events of a store, in some global order that keeps each stream's order. */
export const anyStore: fc.Arbitrary<readonly EventEnvelope[]> = fc
  .tuple(anyStreams, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }))
  .map(([streams, picks]) => interleave(streams, picks));

/** An event list cut into consecutive chunks at arbitrary places. */
export const chunked = <A>(
  events: readonly A[],
  cuts: readonly number[],
): readonly (readonly A[])[] => {
  const at = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
  return [...at, events.length].map((end, i) => events.slice(i === 0 ? 0 : at[i - 1], end));
};
