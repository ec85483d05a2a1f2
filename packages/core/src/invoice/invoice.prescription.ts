import { DebtorKind } from '../debtor/debtor.events';
import { prescriptionDate } from '../dutch-rules';
import { CalendarDate, maxDate } from '../shared/calendar-date';
import { ReminderChannel, ReminderKind } from './invoice.events';
import { IssuedInvoice, SentReminder } from './invoice.state';

/**
 * Whether a reminder interrupts prescription (stuiting, art. 3:317 BW): a written demand
 * in which the creditor unequivocally reserves its right to payment. Demand letters and
 * final notices sent by post or e-mail qualify; a friendly first reminder (herinnering) and
 * a phone call do not, so the watch never counts on an interruption a court might not accept.
 */
export const isWrittenInterruption = (reminder: {
  readonly kind: ReminderKind;
  readonly channel: ReminderChannel;
}): boolean =>
  (reminder.kind === 'demand' || reminder.kind === 'final-notice') &&
  (reminder.channel === 'post' || reminder.channel === 'email');

/** The date of the latest qualifying written reminder; null when none was sent. */
export const lastWrittenInterruption = (reminders: readonly SentReminder[]): CalendarDate | null =>
  reminders
    .filter(isWrittenInterruption)
    .map((r) => r.sentOn)
    .reduce<CalendarDate | null>((last, on) => (last === null ? on : maxDate(last, on)), null);

/**
 * When the invoice's claim prescribes: five years (art. 3:307 BW), two for a consumer
 * purchase (art. 7:28 BW), restarted by the latest qualifying written reminder. A consumer
 * debtor's invoice is taken as a consumer purchase (the shorter term: the watch warns early
 * rather than late); an unknown debtor as a business.
 */
export const invoicePrescriptionDate = (
  invoice: Pick<IssuedInvoice, 'dueDate' | 'remindersSent'>,
  debtorKind: DebtorKind | null,
): CalendarDate =>
  prescriptionDate({
    claimDueDate: invoice.dueDate,
    consumerPurchase: debtorKind === 'consumer',
    lastInterruption: lastWrittenInterruption(invoice.remindersSent),
  });
