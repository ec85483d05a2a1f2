import { CalendarDate } from '../shared/calendar-date';
import { DebtorId, InvoiceId, TenantId } from '../shared/ids';
import { Currency, Money } from '../shared/money';
import { NonEmptyText } from '../shared/text';
import { HoldReason, Installment, ReminderKind } from '../invoice/invoice.events';
import { TenantTables } from './tenant-tables';

/** Where an invoice stands in the books; a report row, so one flat shape for all statuses. */
export type LedgerStatus = 'open' | 'settled' | 'handed-over' | 'written-off';

/** Money that reduced what is owed, on the business date it happened. */
export interface LedgerMovement {
  readonly kind: 'paid' | 'credited';
  readonly on: CalendarDate;
  /** Minor units in the invoice's currency; positive (`PositiveMoney`: decoding refuses others). */
  readonly amount: number;
}

export interface LedgerHold {
  readonly reason: HoldReason;
  readonly since: CalendarDate;
  readonly note: string | null;
}

export interface LedgerPromise {
  readonly promisedDate: CalendarDate;
  readonly promisedOn: CalendarDate;
  /** Days its invoice was on hold after it was made, which move its date on (docs/adr/0028). */
  readonly heldDays: number;
  readonly amount: Money | null;
  readonly note: string | null;
}

export interface LedgerArrangement {
  readonly installments: readonly Installment[];
  readonly agreedOn: CalendarDate;
  /** What had been paid when it was agreed, in minor units: installments count from here. */
  readonly paidBefore: number;
  /**
   * Days its invoice was on hold while an installment was still to come, which move every
   * installment not yet covered on (docs/adr/0029).
   */
  readonly heldDays: number;
}

/** One invoice as the reports see it, folded from its stream by the ledger's own rules. */
export interface LedgerEntry {
  readonly tenantId: TenantId;
  readonly invoiceId: InvoiceId;
  readonly debtorId: DebtorId;
  /** The stream version folded last; a redelivered event at or below it is ignored. */
  readonly version: number;
  readonly number: NonEmptyText;
  readonly description: string;
  readonly issueDate: CalendarDate;
  /** The current due date: `TermsAdjusted` moves it. */
  readonly dueDate: CalendarDate;
  readonly currency: Currency;
  /**
   * What was invoiced, in minor units of `currency`, as are `paid` and `credited`: an entry is
   * copied on every event of its invoice, so it holds numbers, not `Money` objects
   * (docs/adr/0016). What is owed and the debtor's credit follow: `outstandingOf`,
   * `creditBalanceOf`.
   */
  readonly amount: number;
  readonly paid: number;
  readonly credited: number;
  readonly status: LedgerStatus;
  /** The latest date among the payments and credit notes that left nothing owed. */
  readonly settledOn: CalendarDate | null;
  readonly handedOverOn: CalendarDate | null;
  readonly writtenOffOn: CalendarDate | null;
  /** Every payment and credit note in the invoice's currency, in stream order. */
  readonly movements: readonly LedgerMovement[];
  readonly reminders: Readonly<Record<ReminderKind, number>>;
  /** The latest written reminder that interrupted prescription (art. 3:317 BW); null: none. */
  readonly lastInterruption: CalendarDate | null;
  readonly promisesKept: number;
  readonly promisesBroken: number;
  readonly arrangementsDefaulted: number;
  readonly contacts: number;
  readonly hold: LedgerHold | null;
  readonly promise: LedgerPromise | null;
  readonly arrangement: LedgerArrangement | null;
}

/**
 * A ledger entry while a fold owns it: its fields are written in place. Nested values
 * (movements, reminder counts, hold, promise, arrangement) are replaced, never changed, so a
 * draft copied from an entry shares them with it safely.
 */
export type LedgerDraft = { -readonly [Field in keyof LedgerEntry]: LedgerEntry[Field] };

/** The ledger: per tenant, every issued invoice keyed by its stream id. */
export interface LedgerState {
  readonly tenants: TenantTables<LedgerEntry>;
}
