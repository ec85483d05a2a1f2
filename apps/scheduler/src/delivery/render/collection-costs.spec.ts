import { cents } from '../delivery.spec-values';
import { statutoryCollectionCosts } from './collection-costs';

describe('Statutory collection costs (WIK scale)', () => {
  it.each([
    [10000, 4000], // 15% of €100 is €15: the minimum of €40 applies
    [250000, 37500], // 15% of €2,500
    [500000, 62500], // + 10% of the next €2,500
    [1000000, 87500], // + 5% of the next €5,000
    [20000000, 277500], // + 1% of the next €190,000
    [100000000, 677500], // + 0.5% above €200,000 reaches the maximum of €6,775
    [500000000, 677500], // and never more
  ])('on %p cents outstanding are %p cents', (outstanding, expected) => {
    expect(statutoryCollectionCosts(cents(outstanding))?.amount).toBe(expected);
  });

  it('are not computed for other currencies or when nothing is owed', () => {
    expect(statutoryCollectionCosts(cents(100000, 'USD'))).toBeNull();
    expect(statutoryCollectionCosts(cents(0))).toBeNull();
  });
});
