import { CalendarDate, isBefore } from '../shared/calendar-date';
import { Installment } from './invoice.events';
import { minus } from './invoice.amounts';
import { InvoiceState, IssuedInvoice } from './invoice.state';

/** A settled or written-off invoice is closed for good: its stream takes no further workflow. */
export const isTerminal = (state: InvoiceState): boolean =>
  state.status === 'settled' || state.status === 'written-off';

/** The highest reminder level sent so far; 0 when none was sent. */
export const highestReminderLevel = (invoice: IssuedInvoice): number =>
  invoice.remindersSent.reduce((highest, sent) => Math.max(highest, sent.level), 0);

/**
 * The first installment of the live arrangement that was due before `today` and is not
 * covered by what was paid since the arrangement was agreed; null when none is missed.
 * Installments count cumulatively: an early or large payment covers later ones too.
 */
export const missedInstallment = (
  invoice: IssuedInvoice,
  today: CalendarDate,
): Installment | null => {
  const arrangement = invoice.arrangement;
  if (arrangement === null) return null;
  const paidSince = minus(invoice.paid, arrangement.paidBefore).amount;
  let dueByThen = 0;
  for (const installment of arrangement.installments) {
    dueByThen += installment.amount.amount;
    if (!isBefore(installment.dueDate, today)) return null;
    if (paidSince < dueByThen) return installment;
  }
  return null;
};
