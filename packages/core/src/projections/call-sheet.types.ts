import { Installment } from '../invoice/invoice.events';
import { CalendarDate } from '../shared/calendar-date';
import { Currency, Money } from '../shared/money';
import { DebtorId, InvoiceId, TenantId } from '../shared/ids';
import { NonEmptyText } from '../shared/text';
import { DebtorContact } from './debtor-directory';
import { LedgerHold, LedgerStatus } from './invoice-ledger.state';
import { PaymentBehaviour } from './payment-behaviour';

/** An open invoice as the collector discusses it: what it was for and what is still owed. */
export interface CallSheetInvoice {
  readonly invoiceId: InvoiceId;
  readonly number: NonEmptyText;
  readonly description: string;
  readonly issueDate: CalendarDate;
  readonly dueDate: CalendarDate;
  /** 0 on the due date, negative before it. */
  readonly daysPastDue: number;
  readonly amount: Money;
  readonly outstanding: Money;
  readonly status: Extract<LedgerStatus, 'open' | 'handed-over'>;
  readonly remindersSent: number;
  readonly demandLettersSent: number;
  readonly hold: LedgerHold | null;
  /** The latest written reminder that interrupted prescription; null when none did. */
  readonly lastInterruption: CalendarDate | null;
  /** When the claim prescribes unless interrupted again (see the prescription watch). */
  readonly prescriptionDate: CalendarDate;
}

interface InvoiceRef {
  readonly invoiceId: InvoiceId;
  readonly number: NonEmptyText;
}

export interface PromiseAgreement extends InvoiceRef {
  readonly promisedDate: CalendarDate;
  readonly promisedOn: CalendarDate;
  /** Days its invoice was on hold after it was made (docs/adr/0028). */
  readonly heldDays: number;
  /** The date it must be kept by: the promised date moved on by `heldDays`; null while a hold stops its clock. */
  readonly keepBy: CalendarDate | null;
  readonly amount: Money | null;
  readonly note: string | null;
}

/** An installment as agreed, and the day it is to be paid by now. */
export interface ArrangementInstallment extends Installment {
  /**
   * Its agreed due date moved on by the arrangement's `heldDays`; null while a hold stops the
   * arrangement's clock (the days it moves the installments on are known at its release).
   */
  readonly payBy: CalendarDate | null;
}

export interface ArrangementAgreement extends InvoiceRef {
  readonly agreedOn: CalendarDate;
  /** Days its invoice was on hold while an installment was still to come (docs/adr/0029). */
  readonly heldDays: number;
  readonly installments: readonly ArrangementInstallment[];
}

export type HoldAgreement = InvoiceRef & LedgerHold;

/** What was agreed and still stands on the open invoices. */
export interface CallSheetAgreements {
  readonly promises: readonly PromiseAgreement[];
  readonly arrangements: readonly ArrangementAgreement[];
  readonly holds: readonly HoldAgreement[];
}

/**
 * The debtor's part of what the tenant invoiced in the twelve months through `through`, in
 * the tenant's main currency for that period (the one most of its invoices were in).
 */
export interface RevenueShare {
  readonly currency: Currency;
  /** The first day of the twelve months. */
  readonly from: CalendarDate;
  readonly through: CalendarDate;
  readonly debtorInvoiced: Money;
  readonly tenantInvoiced: Money;
  /** debtorInvoiced / tenantInvoiced, 0–1, to four decimals. */
  readonly share: number;
}

/** What a collector needs before phoning a debtor (story 8, belvoorbereiding). */
export interface CallSheet {
  readonly tenantId: TenantId;
  readonly debtorId: DebtorId;
  readonly asOf: CalendarDate;
  /** Name, contact person, e-mail and phone; null when the debtor was never registered. */
  readonly contact: DebtorContact | null;
  /** Oldest first. */
  readonly openInvoices: readonly CallSheetInvoice[];
  /** One amount per currency, in currency-code order. */
  readonly totalOutstanding: readonly Money[];
  /** The payer rating with the figures it rests on. */
  readonly creditworthiness: PaymentBehaviour;
  readonly agreements: CallSheetAgreements;
  /** Reminders (first-level letters) sent on the open invoices. */
  readonly remindersSent: number;
  /** Demand letters and final notices sent on the open invoices. */
  readonly demandLettersSent: number;
  /** Null when the tenant invoiced nothing in the twelve months. */
  readonly revenueShare: RevenueShare | null;
  readonly importantCustomer: boolean;
  /** Open invoices on hold for a dispute (story 6). */
  readonly openDisputes: readonly HoldAgreement[];
}
