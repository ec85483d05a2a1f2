import {
  CalendarDate,
  DebtorKind,
  InvoiceState,
  paymentTermWarnings,
  PaymentTermWarning,
} from '@debiteur/core';
import { ClaimParties } from '../streams/stream-readers';

/**
 * The payment-term warnings (art. 6:119a lid 5 and 6 BW) for a term agreed on `agreedOn`
 * with a debtor: none for a consumer; an unregistered debtor is checked as a business, so a
 * long term is flagged rather than missed. The sizes come from the debtor (`companySize`,
 * set through `PUT /debtors/:id`) and from the tenant's policy (`companySize`, set through
 * `PUT /policy`); while either is unknown, a term over 30 days comes back as
 * `CompanySizesUnknown` for people to check. Never changes the term.
 */
export const termWarnings = (
  termDays: number,
  { debtor, tenant }: ClaimParties,
  agreedOn: CalendarDate,
): readonly PaymentTermWarning[] => {
  const registered = debtor.status === 'registered' ? debtor : null;
  const debtorKind: DebtorKind = registered?.kind ?? 'business';
  const debtorSize = registered?.companySize ?? undefined;
  const creditorSize = tenant.companySize;
  return paymentTermWarnings({
    termDays,
    debtorKind,
    agreedOn,
    ...(debtorSize === undefined ? {} : { debtorSize }),
    ...(creditorSize === undefined ? {} : { creditorSize }),
  });
};

/** The warnings for an invoice's term as it now stands; none for an unissued one. */
export const invoiceTermWarnings = (
  invoice: InvoiceState,
  parties: ClaimParties,
  agreedOn: CalendarDate,
): readonly PaymentTermWarning[] =>
  invoice.status === 'unissued' ? [] : termWarnings(invoice.paymentTermDays, parties, agreedOn);
