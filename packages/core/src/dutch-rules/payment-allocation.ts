import { Money, zero } from '../shared/money';
import { minorUnits } from './money-of';

/** What a claim consists of: collection costs, interest and the principal still owed. */
export interface ClaimBalance {
  readonly costs: Money;
  readonly interest: Money;
  readonly principal: Money;
}

export interface PaymentAllocation {
  /** What the payment settled of each part. */
  readonly allocated: ClaimBalance;
  /** What is still owed of each part after the payment. */
  readonly balance: ClaimBalance;
  /** What the payment left over once everything was settled. */
  readonly surplus: Money;
}

/**
 * Splits a payment over a claim as art. 6:44 lid 1 BW prescribes: first the costs, then the
 * interest due, then the principal; what remains is a surplus. Nothing of a part is settled
 * beyond what is owed (a negative part counts as nothing owed). A payment in another currency,
 * or of zero or less, settles nothing and comes back whole as the surplus.
 */
export const allocatePayment = (balance: ClaimBalance, payment: Money): PaymentAllocation => {
  const currency = balance.principal.currency;
  const sameCurrency = [balance.costs, balance.interest].every((m) => m.currency === currency);
  if (!sameCurrency || payment.currency !== currency || payment.amount <= 0) {
    return { allocated: zeroBalance(balance), balance, surplus: payment };
  }
  let left: number = payment.amount;
  const settle = (owed: Money): { paid: Money; rest: Money } => {
    const paid = Math.min(left, Math.max(0, owed.amount));
    left -= paid;
    return { paid: minorUnits(paid, currency), rest: minorUnits(owed.amount - paid, currency) };
  };
  const costs = settle(balance.costs);
  const interest = settle(balance.interest);
  const principal = settle(balance.principal);
  return {
    allocated: { costs: costs.paid, interest: interest.paid, principal: principal.paid },
    balance: { costs: costs.rest, interest: interest.rest, principal: principal.rest },
    surplus: minorUnits(left, currency),
  };
};

const zeroBalance = (balance: ClaimBalance): ClaimBalance => ({
  costs: zero(balance.costs.currency),
  interest: zero(balance.interest.currency),
  principal: zero(balance.principal.currency),
});
