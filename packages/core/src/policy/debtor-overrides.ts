import { ReminderLadder } from './reminder-ladder';

/** What of a debtor bears on its reminders; a registered debtor's state fits. */
export interface ReminderOffsetOverride {
  readonly reminderOffsetDays: number | null;
}

/** What of a debtor bears on its payment term; a registered debtor's state fits. */
export interface PaymentTermOverride {
  readonly paymentTermDays: number | null;
}

/**
 * The ladder that applies to one debtor. A debtor's reminder offset moves the first rung to
 * that many days after due and shifts every later rung by the same number of days, so the
 * spacing between rungs (the time a debtor gets to react) stays as the tenant chose it.
 * Without an override, or for an unknown debtor (null), the tenant's ladder applies.
 */
export const effectiveLadder = (
  policy: { readonly ladder: ReminderLadder },
  debtor: ReminderOffsetOverride | null,
): ReminderLadder => {
  const first = policy.ladder[0];
  const offset = debtor?.reminderOffsetDays ?? null;
  if (first === undefined || offset === null) return policy.ladder;
  const shift = offset - first.afterDueDays;
  return policy.ladder.map((level) => ({ ...level, afterDueDays: level.afterDueDays + shift }));
};

/**
 * The payment term for a debtor's next invoice: the term agreed with that debtor, else the
 * tenant's default. Because the agreed term is stored on the debtor, every later invoice
 * uses it too (story 5). An unknown debtor (null) gets the default.
 */
export const paymentTermFor = (
  debtor: PaymentTermOverride | null,
  policy: { readonly defaultPaymentTermDays: number },
): number => debtor?.paymentTermDays ?? policy.defaultPaymentTermDays;
