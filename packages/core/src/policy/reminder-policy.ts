import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { isDayCount } from './day-count';
import { LadderLevel, ReminderPolicy } from './policy.events';
import { validateLadder } from './reminder-ladder';
import { PolicyError } from './tenant-policy.errors';

/**
 * A policy is valid when its default payment term and promise grace are whole numbers of
 * days from 0 to 365 and its ladder is valid (see `validateLadder`). The VAT rate on
 * collection costs is checked where it enters (0–100 at the API); see `collectionCostsVatOf`.
 */
export const validatePolicy = (policy: ReminderPolicy): E.Either<PolicyError, ReminderPolicy> => {
  if (!isDayCount(policy.defaultPaymentTermDays))
    return E.left({
      _tag: 'InvalidDefaultPaymentTerm',
      defaultPaymentTermDays: policy.defaultPaymentTermDays,
    });
  if (!isDayCount(policy.promiseGraceDays))
    return E.left({ _tag: 'InvalidPromiseGraceDays', promiseGraceDays: policy.promiseGraceDays });
  return pipe(
    validateLadder(policy.ladder),
    E.map(() => policy),
  );
};

const sameLevel = (a: LadderLevel, b: LadderLevel): boolean =>
  a.level === b.level &&
  a.kind === b.kind &&
  a.afterDueDays === b.afterDueDays &&
  a.channel === b.channel;

/** Two policies are the same when every setting and every rung of the ladder match. */
export const samePolicy = (a: ReminderPolicy, b: ReminderPolicy): boolean =>
  a.defaultPaymentTermDays === b.defaultPaymentTermDays &&
  a.adaptive === b.adaptive &&
  a.promiseGraceDays === b.promiseGraceDays &&
  a.collectionCostsVatPercent === b.collectionCostsVatPercent &&
  a.companySize === b.companySize &&
  a.ladder.length === b.ladder.length &&
  a.ladder.every((level, i) => {
    const other = b.ladder[i];
    return other !== undefined && sameLevel(level, other);
  });

/**
 * The VAT to add to the statutory collection costs under this policy: none when the tenant
 * can deduct it (no rate set, or 0), and none for a rate that is no percentage (over 100,
 * not a number), so a bad stored value never inflates what a debtor is charged.
 */
export const collectionCostsVatOf = (
  policy: ReminderPolicy,
): { readonly ratePercent: number } | null => {
  const rate = policy.collectionCostsVatPercent;
  return rate === undefined || !Number.isFinite(rate) || rate <= 0 || rate > 100
    ? null
    : { ratePercent: rate };
};
