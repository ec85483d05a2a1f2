import { ascending, mean, percentile, percentileOfSorted } from './report-statistics';

describe('Report statistics', () => {
  describe('nearest-rank percentile', () => {
    it.each([
      [[5, 1, 3, 2, 4], 50, 3], // rank ⌈2.5⌉ = 3
      [[5, 1, 3, 2, 4], 90, 5], // rank ⌈4.5⌉ = 5
      [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5], // rank 5: the lower middle value
      [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9], // rank 9
      [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 90, 100], // rank ⌈9.9⌉ = 10
      [[17, 18, 19], 50, 18],
      [[17, 18, 19], 90, 19],
      [[7], 90, 7],
    ])('of %j at p%i is %i', (values, p, expected) => {
      expect(percentile(values, p)).toBe(expected);
      expect(percentileOfSorted(ascending(values), p)).toBe(expected);
    });

    it('is null for no values', () => {
      expect(percentile([], 50)).toBeNull();
    });
  });

  it('rounds the mean to two decimals', () => {
    expect(mean([1, 2, 2])).toBe(1.67);
    expect(mean([])).toBeNull();
  });
});
