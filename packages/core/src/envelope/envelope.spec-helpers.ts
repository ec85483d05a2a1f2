import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { InvoiceEvent } from '../invoice/invoice.events';
import { calendarDate, CalendarDate } from '../shared/calendar-date';
import {
  DebtorId,
  debtorId,
  EventId,
  eventId,
  InvoiceId,
  invoiceId,
  TenantId,
  tenantId,
} from '../shared/ids';
import { Instant, instant } from '../shared/instant';
import { Money, money } from '../shared/money';
import { NonEmptyText } from '../shared/text';
import { EventEnvelope } from './event-envelope';
import { invoiceStreamId } from './stream-id';
import { EVENT_SCHEMAS } from './upcasters';

/** Test values are built through the smart constructors and codecs; a bad literal fails the test. */
export const valid = <A>(either: E.Either<unknown, A>): A =>
  pipe(
    either,
    E.getOrElse((error): A => {
      throw new Error(`invalid test value: ${JSON.stringify(error)}`);
    }),
  );

export const day = (iso: string): CalendarDate => valid(calendarDate(iso));
export const at = (iso: string): Instant => valid(instant(iso));
export const eur = (cents: number): Money => valid(money(cents, 'EUR'));
export const text = (s: string): NonEmptyText => valid(NonEmptyText.decode(s));
export const tenant = (id: string): TenantId => valid(tenantId(id));
export const debtor = (id: string): DebtorId => valid(debtorId(id));
export const invoice = (id: string): InvoiceId => valid(invoiceId(id));
export const eventIdOf = (id: string): EventId => valid(eventId(id));

export const ACME = tenant('acme');
export const INVOICE = invoice('INV-2026-001');
export const INVOICE_STREAM = invoiceStreamId(ACME, INVOICE);

/** Who did it, when and why; the rest of an envelope's metadata follows from the stream. */
export interface Stamp {
  readonly occurredAt: string;
  readonly recordedAt?: string;
  readonly actor?: string;
  readonly reason?: string;
}

/** Envelopes for one invoice stream, versions 1, 2, … in the order given. */
export const invoiceEnvelopes = (
  ...recorded: readonly (readonly [InvoiceEvent, Stamp])[]
): EventEnvelope<InvoiceEvent>[] =>
  recorded.map(([event, stamp], i) => ({
    event,
    metadata: {
      eventId: eventIdOf(`evt-${i + 1}`),
      tenantId: ACME,
      streamId: INVOICE_STREAM,
      streamVersion: i + 1,
      occurredAt: at(stamp.occurredAt),
      recordedAt: at(stamp.recordedAt ?? stamp.occurredAt),
      actor: stamp.actor ?? 'collector',
      reason: stamp.reason ?? null,
      correlationId: `cmd-${i + 1}`,
      causationId: null,
      schemaVersion: EVENT_SCHEMAS[event.type].current,
    },
  }));
