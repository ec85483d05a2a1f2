import { DebtorResult, InvoiceResult, TenantResult } from '@debiteur/application';
import { InvoiceId } from '@debiteur/core';
import { DomainRejected } from '../http/api-errors';
import { debtorView } from '../streams/debtor-view';
import { invoiceView } from '../streams/invoice-view';
import { policyView } from '../streams/policy-view';
import { WriteOutcome } from './write-outcome';

/**
 * The answer to an accepted invoice command: the new version, the event types recorded
 * (none when the command changed nothing) and the invoice as it now stands.
 */
export const invoiceOutcome = (
  invoiceId: InvoiceId,
  result: InvoiceResult,
  status = 200,
): WriteOutcome => {
  if (result._tag === 'Rejected') throw new DomainRejected('invoice', result.error);
  return {
    status,
    version: result.version,
    body: {
      invoiceId,
      version: result.version,
      recorded: result.events.map((event) => event.type),
      invoice: invoiceView(result.state, result.version),
    },
  };
};

export const debtorOutcome = (result: DebtorResult, created: boolean): WriteOutcome => {
  if (result._tag === 'Rejected') throw new DomainRejected('debtor', result.error);
  return {
    status: created ? 201 : 200,
    version: result.version,
    body: {
      ...debtorView(result.state, result.version),
      recorded: result.events.map((event) => event.type),
    },
  };
};

export const policyOutcome = (result: TenantResult): WriteOutcome => {
  if (result._tag === 'Rejected') throw new DomainRejected('tenant', result.error);
  return {
    status: 200,
    version: result.version,
    body: {
      ...policyView(result.state, result.version),
      recorded: result.events.map((event) => event.type),
    },
  };
};
