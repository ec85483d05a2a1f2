import { LadderLevel } from './policy.events';
import { ReminderLadder } from './reminder-ladder';

/** What of a debtor bears on its reminders; a registered debtor's state fits. */
export interface ReminderOffsetOverride {
  readonly reminderOffsetDays: number | null;
}

/** What of a debtor bears on its payment term; a registered debtor's state fits. */
export interface PaymentTermOverride {
  readonly paymentTermDays: number | null;
}

/** The rung with the lowest level: the first reminder of the ladder, if there is one. */
export const firstRung = (ladder: readonly LadderLevel[]): LadderLevel | null =>
  ladder.reduce<LadderLevel | null>(
    (first, rung) => (first === null || rung.level < first.level ? rung : first),
    null,
  );

/**
 * Days by which a debtor's reminder offset moves the tenant's ladder: the first rung lands
 * on the offset, every later rung moves by the same number of days, so the spacing between
 * rungs (the time a debtor gets to react) stays as the tenant chose it.
 */
export const overrideShiftDays = (ladder: readonly LadderLevel[], offsetDays: number): number => {
  const first = firstRung(ladder);
  return first === null ? 0 : offsetDays - first.afterDueDays;
};

/**
 * The ladder that applies to one debtor: the tenant's, moved by `overrideShiftDays` when the
 * debtor has a reminder offset. Without an override, or for an unknown debtor (null), the
 * tenant's ladder applies.
 */
export const effectiveLadder = (
  policy: { readonly ladder: ReminderLadder },
  debtor: ReminderOffsetOverride | null,
): ReminderLadder => {
  const offset = debtor?.reminderOffsetDays ?? null;
  if (offset === null) return policy.ladder;
  const shift = overrideShiftDays(policy.ladder, offset);
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
