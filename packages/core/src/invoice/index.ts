// Prefixed aliases keep the root barrel free of clashes with the other deciders' names.
export { CREDIT_NOTE_APPLIED } from './invoice.decide-payments';
export { decide as decideInvoice } from './invoice.decide';
export { invoiceDecider, type InvoiceDecider } from './invoice.decider';
export { PAYMENT_PROMISED } from './invoice.decide-workflow';
export { dueDateFor, type InvalidTerms, type Terms as InvoiceTerms } from './invoice.due-date';
export { evolve as evolveInvoice, initialState as initialInvoiceState } from './invoice.evolve';
export { type Decision as InvoiceDecision } from './invoice.guards';
export {
  hadDemandLetter,
  highestReminderLevel,
  isTerminal as isInvoiceTerminal,
  keepByOf,
  missedInstallment,
} from './invoice.queries';
export {
  claimBalance,
  finalNoticeStatement,
  handOverCharges,
  interestOwed,
  interestStartOf,
} from './invoice.collection-charges';
export {
  consumerCostsAllowed,
  countingLetter,
  finalNoticeProblem,
  type CountingLetter,
} from './invoice.fourteen-day-letter';
export {
  invoicePrescriptionDate,
  isWrittenInterruption,
  lastWrittenInterruption,
} from './invoice.prescription';
