import { DebtorId } from '../shared/ids';

/**
 * Why a debtor command was rejected. Rejections are values; the core never throws.
 * Saying again what is already recorded is no error: it records nothing, so retries
 * and repeated accounting-sync pushes are harmless.
 */
export type DebtorError =
  | { readonly _tag: 'AlreadyRegistered'; readonly debtorId: DebtorId }
  | { readonly _tag: 'NotRegistered' }
  | { readonly _tag: 'InvalidPaymentTerm'; readonly paymentTermDays: number }
  | { readonly _tag: 'InvalidReminderOffset'; readonly reminderOffsetDays: number }
  | { readonly _tag: 'InvalidEmail'; readonly email: string }
  /** A command type the debtor stream does not know, from an untyped caller. */
  | { readonly _tag: 'UnknownCommand'; readonly type: string };

export type DebtorErrorTag = DebtorError['_tag'];
