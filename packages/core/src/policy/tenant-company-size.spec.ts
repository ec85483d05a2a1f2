import * as E from 'fp-ts/Either';
import { CompanySize } from '../dutch-rules/payment-term-warnings';
import { instant } from '../shared/instant';
import { ReminderPolicy } from './policy.events';
import { policyWith } from './policy.spec-helpers';
import { dutchDefaultPolicy } from './reminder-ladder';
import { tenantPolicyDecider } from './tenant-policy.decider';
import { TenantPolicyState } from './tenant-policy.state';

const NOW = E.getOrElseW(() => {
  throw new Error('bad test instant');
})(instant('2026-03-02T09:30:00+01:00'));

const sized = (companySize: CompanySize | undefined): ReminderPolicy =>
  companySize === undefined ? dutchDefaultPolicy : policyWith(dutchDefaultPolicy, { companySize });

const { decide, evolve, initialState } = tenantPolicyDecider;

const inForce = (policy: ReminderPolicy): TenantPolicyState =>
  evolve(initialState, { type: 'PolicyChanged', data: { policy } });

describe('Policy', () => {
  describe("the tenant's own company size (art. 2:397 BW)", () => {
    it.each<[string, CompanySize | undefined, CompanySize | undefined, boolean]>([
      ['records a size set for the first time', undefined, 'small-or-medium', true],
      ['records a corrected size', 'small-or-medium', 'large', true],
      ['records a size that is left out again', 'large', undefined, true],
      ['records nothing when the size is the same', 'large', 'large', false],
      ['records nothing when no size is set either time', undefined, undefined, false],
    ])('%s', (_case, before, after, records) => {
      const policy = sized(after);
      const decision = decide({ type: 'SetPolicy', now: NOW, policy }, inForce(sized(before)));
      expect(decision).toStrictEqual(
        E.right(records ? [{ type: 'PolicyChanged', data: { policy } }] : []),
      );
    });

    it('is in the state after the change', () => {
      expect(inForce(sized('small-or-medium')).policy.companySize).toBe('small-or-medium');
    });

    it.each<[string, unknown, boolean]>([
      ['an older policy without a size', { ...dutchDefaultPolicy }, true],
      ['a policy with a size', { ...dutchDefaultPolicy, companySize: 'large' }, true],
      ['a policy with an unknown size', { ...dutchDefaultPolicy, companySize: 'huge' }, false],
    ])('decodes %s: %s', (_case, policy, ok) => {
      expect(E.isRight(ReminderPolicy.decode(policy))).toBe(ok);
    });
  });
});
