import * as fc from 'fast-check';
import { eur, usd } from '../shared/test-values.spec-helpers';
import { allocatePayment, ClaimBalance } from './payment-allocation';

const balanceOf = (costs: number, interest: number, principal: number): ClaimBalance => ({
  costs: eur(costs),
  interest: eur(interest),
  principal: eur(principal),
});

const amounts = (b: ClaimBalance) => [b.costs.amount, b.interest.amount, b.principal.amount];

describe('Payment allocation (art. 6:44 BW)', () => {
  it.each([
    ['settles costs only', 10_000, [10_000, 0, 0], [5_000, 3_000, 100_000], 0],
    ['settles costs, then interest', 16_000, [15_000, 1_000, 0], [0, 2_000, 100_000], 0],
    [
      'settles costs and interest, then principal',
      50_000,
      [15_000, 3_000, 32_000],
      [0, 0, 68_000],
      0,
    ],
    [
      'settles everything and leaves a surplus',
      120_000,
      [15_000, 3_000, 100_000],
      [0, 0, 0],
      2_000,
    ],
  ])('%s', (_label, paid, allocated, left, surplus) => {
    const result = allocatePayment(balanceOf(15_000, 3_000, 100_000), eur(paid));
    expect(amounts(result.allocated)).toEqual(allocated);
    expect(amounts(result.balance)).toEqual(left);
    expect(result.surplus).toEqual(eur(surplus));
  });

  it('settles nothing with a payment in another currency and returns it as surplus', () => {
    const balance = balanceOf(15_000, 3_000, 100_000);
    const result = allocatePayment(balance, usd(10_000));
    expect(result.balance).toEqual(balance);
    expect(amounts(result.allocated)).toEqual([0, 0, 0]);
    expect(result.surplus).toEqual(usd(10_000));
  });

  it('conserves money: allocated plus surplus is the payment, allocated plus left is the balance', () => {
    const part = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(part, part, part, part, (costs, interest, principal, paid) => {
        const balance = balanceOf(costs, interest, principal);
        const result = allocatePayment(balance, eur(paid));
        const allocated = amounts(result.allocated);
        const sumAllocated = allocated.reduce((a, b) => a + b, 0);
        const partsKept = amounts(balance).every(
          (owed, i) => (allocated[i] ?? 0) + (amounts(result.balance)[i] ?? 0) === owed,
        );
        const inOrder =
          (result.balance.costs.amount === 0 || result.allocated.interest.amount === 0) &&
          (result.balance.interest.amount === 0 || result.allocated.principal.amount === 0);
        return sumAllocated + result.surplus.amount === paid && partsKept && inOrder;
      }),
    );
  });
});
