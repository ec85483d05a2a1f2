import { ReminderPolicy } from '../policy/policy.events';
import { DebtorId } from '../shared/ids';
import { adaptiveFirstReminderOffset, isReliableLatePayer } from './adaptive-timing';
import { SchedulingBehaviour } from './scheduling.inputs';

/** A debtor the system noticed pays reliably, but after his first reminder would go out. */
export interface NoticedLatePayer {
  readonly debtorId: DebtorId;
  readonly medianDaysToPay: number;
  readonly paymentTermDays: number;
  /** Where the first reminder should go for him, in days after the due date. */
  readonly suggestedFirstReminderAfterDueDays: number;
}

/**
 * Finds the reliable but late payers among a tenant's debtors (story 4): each pays at
 * least three invoices steadily after the day his first reminder goes out, so that reminder
 * only upsets him. Works whether or not adaptive timing is on, so a collector can propose an
 * offset to the client; `paymentTermOf` gives each debtor's current term.
 */
export const noticeReliableLatePayers = (
  behaviours: readonly (SchedulingBehaviour & { readonly debtorId: DebtorId })[],
  policy: Pick<ReminderPolicy, 'ladder'>,
  paymentTermOf: (debtorId: DebtorId) => number,
): readonly NoticedLatePayer[] =>
  behaviours.flatMap((behaviour) => {
    const paymentTermDays = paymentTermOf(behaviour.debtorId);
    const suggested = adaptiveFirstReminderOffset(behaviour, policy, paymentTermDays);
    return isReliableLatePayer(behaviour, policy, paymentTermDays) &&
      suggested !== null &&
      behaviour.medianDaysToPay !== null
      ? [
          {
            debtorId: behaviour.debtorId,
            medianDaysToPay: behaviour.medianDaysToPay,
            paymentTermDays,
            suggestedFirstReminderAfterDueDays: suggested,
          },
        ]
      : [];
  });
