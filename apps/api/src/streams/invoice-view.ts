import { InvoiceState } from '@debiteur/core';

/**
 * An invoice as the API shows it: the folded state (status, amounts, due date, hold,
 * promise, arrangement, reminders sent…) and the stream version, which is also its ETag.
 */
export const invoiceView = (state: InvoiceState, version: number) => {
  if (state.status === 'unissued') return { status: state.status, version };
  const { promise, arrangement, ...facts } = state;
  return {
    ...facts,
    promise:
      promise === null
        ? null
        : {
            promisedDate: promise.promisedDate,
            promisedOn: promise.promisedOn,
            amount: promise.amount,
          },
    arrangement:
      arrangement === null
        ? null
        : { installments: arrangement.installments, agreedOn: arrangement.agreedOn },
    version,
  };
};
