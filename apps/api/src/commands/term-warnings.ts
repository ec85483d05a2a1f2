import {
  CalendarDate,
  DebtorKind,
  DebtorState,
  InvoiceState,
  paymentTermWarnings,
  PaymentTermWarning,
} from '@debiteur/core';

/**
 * The payment-term warnings (art. 6:119a lid 5 and 6 BW) for a term agreed on `agreedOn`
 * with a debtor: none for a consumer; an unregistered debtor is checked as a business, so a
 * long term is flagged rather than missed. Company sizes are not recorded, so a term over
 * 30 days comes back as `CompanySizesUnknown` for people to check. Never changes the term.
 */
export const termWarnings = (
  termDays: number,
  debtor: DebtorState,
  agreedOn: CalendarDate,
): readonly PaymentTermWarning[] => {
  const debtorKind: DebtorKind = debtor.status === 'registered' ? debtor.kind : 'business';
  return paymentTermWarnings({ termDays, debtorKind, agreedOn });
};

/** The warnings for an invoice's term as it now stands; none for an unissued one. */
export const invoiceTermWarnings = (
  invoice: InvoiceState,
  debtor: DebtorState,
  agreedOn: CalendarDate,
): readonly PaymentTermWarning[] =>
  invoice.status === 'unissued' ? [] : termWarnings(invoice.paymentTermDays, debtor, agreedOn);
