import {
  CalendarDate,
  claimBalance,
  InvoiceState,
  IssuedInvoice,
  keepByOf,
  plusSameCurrency,
} from '@debiteur/core';

/**
 * What is still owed, split as art. 6:44 BW settles payments: collection costs first, then
 * interest, then the principal; `total` is their sum. Before a hand-over charged costs or
 * interest, the principal is all there is.
 */
export const balanceView = (invoice: IssuedInvoice) => {
  const { costs, interest, principal } = claimBalance(invoice);
  const total = plusSameCurrency(plusSameCurrency(costs, interest), principal);
  return { costs, interest, principal, total };
};

/**
 * An invoice as the API shows it: the folded state (status, amounts, due date, hold,
 * promise, arrangement, reminders sent…), the balance by costs, interest and principal,
 * and the stream version, which is also its ETag. `prescriptionDate` when the caller knows it.
 */
export const invoiceView = (
  state: InvoiceState,
  version: number,
  extra: { readonly prescriptionDate?: CalendarDate } = {},
) => {
  if (state.status === 'unissued') return { status: state.status, version };
  const { promise, arrangement, finalNotices: _notices, collection: _charges, ...facts } = state;
  return {
    ...facts,
    promise:
      promise === null
        ? null
        : {
            promisedDate: promise.promisedDate,
            promisedOn: promise.promisedOn,
            amount: promise.amount,
            heldDays: promise.heldDays,
            keepBy: keepByOf(promise, state.hold),
          },
    arrangement:
      arrangement === null
        ? null
        : {
            installments: arrangement.installments,
            agreedOn: arrangement.agreedOn,
            heldDays: arrangement.heldDays,
          },
    balance: balanceView(state),
    ...extra,
    version,
  };
};
