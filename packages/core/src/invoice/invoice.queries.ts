import { CalendarDate, compareDates, isBefore } from '../shared/calendar-date';
import { Money } from '../shared/money';
import { Installment } from './invoice.events';
import { minus } from './invoice.amounts';
import { Arrangement, InvoiceState, IssuedInvoice } from './invoice.state';

/** A settled or written-off invoice is closed for good: its stream takes no further workflow. */
export const isTerminal = (state: InvoiceState): boolean =>
  state.status === 'settled' || state.status === 'written-off';

/** The highest reminder level sent so far; 0 when none was sent. */
export const highestReminderLevel = (invoice: IssuedInvoice): number =>
  invoice.remindersSent.reduce((highest, sent) => Math.max(highest, sent.level), 0);

/**
 * Whether a demand letter, or a firmer step (final notice, hand-over), went out for the
 * invoice: a payment after it followed pressure, not the debtor's habit.
 */
export const hadDemandLetter = (invoice: IssuedInvoice): boolean =>
  invoice.remindersSent.some((sent) => sent.kind !== 'reminder');

/**
 * The first installment, in due-date order, not covered by what was paid since the
 * arrangement was agreed; null when all are covered. Installments count cumulatively: an
 * early or large payment covers later ones too.
 */
export const firstUncoveredInstallment = (
  arrangement: Pick<Arrangement, 'installments' | 'paidBefore'>,
  paid: Money,
): Installment | null => {
  const paidSince = minus(paid, arrangement.paidBefore).amount;
  const inOrder = [...arrangement.installments].sort((a, b) => compareDates(a.dueDate, b.dueDate));
  let dueByThen = 0;
  for (const installment of inOrder) {
    dueByThen += installment.amount.amount;
    if (paidSince < dueByThen) return installment;
  }
  return null;
};

/**
 * The installment of the live arrangement that was due before `today` and is not covered
 * by what was paid since the arrangement was agreed; null when none is missed.
 */
export const missedInstallment = (
  invoice: IssuedInvoice,
  today: CalendarDate,
): Installment | null => {
  if (invoice.arrangement === null) return null;
  const uncovered = firstUncoveredInstallment(invoice.arrangement, invoice.paid);
  return uncovered !== null && isBefore(uncovered.dueDate, today) ? uncovered : null;
};
