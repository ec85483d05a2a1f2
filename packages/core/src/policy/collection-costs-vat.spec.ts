import * as E from 'fp-ts/Either';
import { instant } from '../shared/instant';
import { policyWith } from './policy.spec-helpers';
import { dutchDefaultPolicy } from './reminder-ladder';
import { collectionCostsVatOf } from './reminder-policy';
import { tenantPolicyDecider } from './tenant-policy.decider';

const NOW = E.getOrElseW(() => {
  throw new Error('bad test instant');
})(instant('2026-03-02T09:30:00+01:00'));

describe('Policy', () => {
  describe('VAT on collection costs', () => {
    it.each<[string, number | undefined, { ratePercent: number } | null]>([
      ['none when not set (the tenant deducts VAT)', undefined, null],
      ['none at 0%', 0, null],
      ['the rate when set', 21, { ratePercent: 21 }],
      ['none for a rate that is no percentage', 121, null],
      ['none for a negative rate', -21, null],
    ])('adds %s', (_case, rate, expected) =>
      expect(
        collectionCostsVatOf(
          policyWith(
            dutchDefaultPolicy,
            rate === undefined ? {} : { collectionCostsVatPercent: rate },
          ),
        ),
      ).toEqual(expected),
    );

    it('records a change of the VAT rate alone, and nothing when it is the same', () => {
      const { decide, evolve, initialState } = tenantPolicyDecider;
      const withVat = policyWith(dutchDefaultPolicy, { collectionCostsVatPercent: 21 });
      const first = decide({ type: 'SetPolicy', now: NOW, policy: withVat }, initialState);
      expect(first).toStrictEqual(E.right([{ type: 'PolicyChanged', data: { policy: withVat } }]));
      const state = E.isRight(first) ? first.right.reduce(evolve, initialState) : initialState;
      expect(decide({ type: 'SetPolicy', now: NOW, policy: withVat }, state)).toStrictEqual(
        E.right([]),
      );
    });
  });
});
