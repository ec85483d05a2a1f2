import {
  CalendarDate,
  DebtorId,
  DebtorKind,
  DebtorState,
  InvoiceState,
  paymentTermWarnings,
  PaymentTermWarning,
  ReminderPolicy,
  TenantId,
} from '@debiteur/core';
import { EventStore } from '@debiteur/eventstore';
import { loadDebtor, loadPolicy } from '../streams/stream-readers';

/**
 * The two sides of a payment term: the debtor, and the tenant as the creditor, whose own
 * company size its policy records.
 */
export interface TermParties {
  readonly debtor: DebtorState;
  readonly tenant: ReminderPolicy;
}

/** The debtor and the tenant's policy, read from their streams, for `termWarnings`. */
export const loadTermParties = async (
  events: EventStore,
  tenantId: TenantId,
  debtorId: DebtorId,
): Promise<TermParties> => {
  const [debtor, policy] = await Promise.all([
    loadDebtor(events, tenantId, debtorId),
    loadPolicy(events, tenantId),
  ]);
  return { debtor: debtor.state, tenant: policy.state.policy };
};

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
  { debtor, tenant }: TermParties,
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
  parties: TermParties,
  agreedOn: CalendarDate,
): readonly PaymentTermWarning[] =>
  invoice.status === 'unissued' ? [] : termWarnings(invoice.paymentTermDays, parties, agreedOn);
