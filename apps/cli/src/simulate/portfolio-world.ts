import { CalendarDate, DebtorKind, HoldReason } from '@debiteur/core';

/** The payment-behaviour profiles of generated debtors. */
export const PROFILES = [
  'punctual',
  'reliably-late',
  'erratic',
  'disputing',
  'defaulting',
] as const;
export type Profile = (typeof PROFILES)[number];

export const isProfile = (value: string): value is Profile =>
  (PROFILES as readonly string[]).includes(value);

/** A hold the debtor causes on one invoice, counted in days from its issue date. */
export interface HoldFate {
  readonly reason: HoldReason;
  readonly onDay: number;
  /** Days the hold lasts; it ends with the credit note, if any, else with a release. */
  readonly days: number;
  /** Minor units credited when the hold ends; null: no credit note. */
  readonly creditNote: number | null;
}

/**
 * How a debtor will deal with one invoice, fixed before the day loop starts so two policies
 * meet the same debtor behaviour. Days count from the issue date.
 */
export interface InvoiceFate {
  /**
   * The day the debtor pays of his own accord, after any hold he waited for; null: only a
   * reminder (or nothing) moves him.
   */
  readonly naturalPayDay: number | null;
  /** Days from a reminder to payment when a reminder moves him; null: reminders do not. */
  readonly reactLag: number | null;
  /** The lowest reminder level that moves him (1: the first reminder already does). */
  readonly reactFromLevel: number;
  /** On his first reminder he calls to promise payment this many days later. */
  readonly promise: { readonly lagDays: number; readonly kept: boolean } | null;
  readonly hold: HoldFate | null;
}

export interface WorldTenant {
  readonly tenantId: string;
}

export interface WorldDebtor {
  readonly tenantId: string;
  readonly debtorId: string;
  readonly name: string;
  readonly kind: DebtorKind;
  /** Null when the portfolio does not say (a real export). */
  readonly profile: Profile | null;
  /** A payment term agreed with this debtor (story 5); null: the tenant's default. */
  readonly paymentTermDays: number | null;
}

export interface WorldInvoice {
  readonly tenantId: string;
  readonly invoiceId: string;
  readonly debtorId: string;
  readonly number: string;
  readonly issueDate: CalendarDate;
  /** The invoice's own payment term; null: the debtor's agreed term or the tenant default. */
  readonly termDays: number | null;
  /** Minor units, EUR. */
  readonly amount: number;
  readonly fate: InvoiceFate;
}

/** Everything the day loop plays out: who owes what, and how each debtor behaves. */
export interface World {
  readonly tenants: readonly WorldTenant[];
  readonly debtors: readonly WorldDebtor[];
  /** Sorted by issue date. */
  readonly invoices: readonly WorldInvoice[];
  /** The first day of the loop; debtors are registered and policies set on it. */
  readonly start: CalendarDate;
  /**
   * The loop runs to this many days after the last issue; an invoice still open then counts
   * as open up to that day.
   */
  readonly tailDays: number;
}

/** The reason on a generated debtor's registration, naming its profile. */
export const profileReason = (profile: Profile): string => `synthetic profile: ${profile}`;

/** The profile a registration reason names, or null. */
export const profileFromReason = (reason: string | null): Profile | null => {
  const match = /^synthetic profile: (.+)$/.exec(reason ?? '');
  const name = match?.[1];
  return name !== undefined && isProfile(name) ? name : null;
};
