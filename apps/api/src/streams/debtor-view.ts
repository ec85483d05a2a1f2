import { DebtorState } from '@debiteur/core';

/**
 * A debtor as the API shows it (`GET /debtors/:id`), with its stream version; `companySize`
 * is null while the client has not said how large the debtor is.
 */
export const debtorView = (state: DebtorState, version: number) =>
  state.status === 'unregistered'
    ? { status: state.status, version }
    : {
        debtorId: state.debtorId,
        name: state.name,
        kind: state.kind,
        contactPerson: state.contactPerson,
        email: state.email,
        phone: state.phone,
        companySize: state.companySize,
        paymentTermDays: state.paymentTermDays,
        reminderOffsetDays: state.reminderOffsetDays,
        status: state.status,
        version,
      };
