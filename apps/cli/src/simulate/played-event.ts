import { CalendarDate, DebiteurEvent, Instant } from '@debiteur/core';

/** Of his own accord (he would have paid then anyway), moved by a reminder, or as promised. */
export type PaymentCause = 'own-accord' | 'reminder' | 'promise';

/** One event the day loop produced, with what a store would need to record it. */
export interface PlayedEvent {
  readonly tenantId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly event: DebiteurEvent;
  /** Days since the world's start. */
  readonly day: number;
  readonly date: CalendarDate;
  readonly now: Instant;
  readonly actor: string;
  readonly reason: string | null;
  /** The invoice the event belongs to; null for debtor and tenant events. */
  readonly invoiceId: string | null;
  /** Why a debtor's payment came, as the behaviour model knows it; null for other events. */
  readonly cause: PaymentCause | null;
}
