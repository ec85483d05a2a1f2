import * as E from 'fp-ts/Either';
import { ReminderPolicy, TenantEvent } from './policy.events';
import { dutchDefaultPolicy } from './reminder-ladder';
import { tenantPolicyDecider } from './tenant-policy.decider';
import { TenantPolicyCommand } from './tenant-policy.commands';
import { PolicyErrorTag } from './tenant-policy.errors';
import { policyWith, rung } from './policy.spec-helpers';
import { instant } from '../shared/instant';

const NOW = E.getOrElseW(() => {
  throw new Error('bad test instant');
})(instant('2026-03-02T09:30:00+01:00'));

const { initialState, evolve, decide, isTerminal } = tenantPolicyDecider;

const given = (...history: readonly TenantEvent[]) => {
  const state = history.reduce(evolve, initialState);
  return {
    state,
    whenSet: (policy: ReminderPolicy) => {
      const decision = decide({ type: 'SetPolicy', policy, now: NOW }, state);
      return {
        thenEmits: (...expected: readonly TenantEvent[]) =>
          expect(decision).toStrictEqual(E.right(expected)),
        thenRejects: (tag: PolicyErrorTag) =>
          expect(E.isLeft(decision) ? decision.left._tag : 'accepted').toBe(tag),
      };
    },
  };
};

const changed = (policy: ReminderPolicy): TenantEvent => ({
  type: 'PolicyChanged',
  data: { policy },
});

/** Story 4 for the whole client: the first reminder moves to 21 days after due. */
const later: ReminderPolicy = policyWith(dutchDefaultPolicy, {
  ladder: [
    rung(1, 'reminder', 21),
    rung(2, 'demand', 35, 'post'),
    rung(3, 'hand-over', 60, 'post'),
  ],
});

describe('Tenant policy', () => {
  it('starts on the Dutch default policy', () => {
    expect(given().state).toStrictEqual({ policy: dutchDefaultPolicy });
  });

  describe('setting a policy', () => {
    it('records the new policy', () => {
      given().whenSet(later).thenEmits(changed(later));
    });

    it('makes the new policy the one in force', () => {
      expect(given(changed(later)).state.policy).toStrictEqual(later);
    });

    it('replaces an earlier change entirely', () => {
      const thirty = policyWith(dutchDefaultPolicy, { defaultPaymentTermDays: 30 });
      expect(given(changed(later), changed(thirty)).state.policy).toStrictEqual(thirty);
    });

    it('records nothing when the policy is the one in force', () => {
      given(changed(later))
        .whenSet({ ...later, ladder: later.ladder.map((level) => ({ ...level })) })
        .thenEmits();
    });

    it('records nothing when a new tenant sets exactly the default', () => {
      given().whenSet(dutchDefaultPolicy).thenEmits();
    });

    it('records a change of a single rung', () => {
      const phoneFirst = policyWith(dutchDefaultPolicy, {
        ladder: dutchDefaultPolicy.ladder.map((level) =>
          level.level === 1 ? { ...level, channel: 'phone' as const } : level,
        ),
      });
      given().whenSet(phoneFirst).thenEmits(changed(phoneFirst));
    });

    it('records switching adaptive timing off', () => {
      const fixed = policyWith(dutchDefaultPolicy, { adaptive: false });
      given().whenSet(fixed).thenEmits(changed(fixed));
    });

    it.each<[string, Partial<ReminderPolicy>, PolicyErrorTag]>([
      ['a negative default term', { defaultPaymentTermDays: -1 }, 'InvalidDefaultPaymentTerm'],
      ['a default term over a year', { defaultPaymentTermDays: 366 }, 'InvalidDefaultPaymentTerm'],
      ['a fractional default term', { defaultPaymentTermDays: 14.5 }, 'InvalidDefaultPaymentTerm'],
      ['a negative promise grace', { promiseGraceDays: -1 }, 'InvalidPromiseGraceDays'],
      ['an empty ladder', { ladder: [] }, 'EmptyLadder'],
      [
        'a ladder with a gap',
        { ladder: [rung(1, 'reminder', 7), rung(3, 'demand', 21)] },
        'LevelsNotConsecutive',
      ],
      ['a negative offset', { ladder: [rung(1, 'reminder', -7)] }, 'InvalidOffset'],
      [
        'offsets not increasing',
        { ladder: [rung(1, 'reminder', 21), rung(2, 'demand', 21)] },
        'OffsetsNotIncreasing',
      ],
      [
        'a rung after the hand-over',
        { ladder: [rung(1, 'hand-over', 21), rung(2, 'demand', 35)] },
        'HandOverNotLast',
      ],
    ])('refuses %s', (_, changes, tag) => {
      given().whenSet(policyWith(dutchDefaultPolicy, changes)).thenRejects(tag);
    });
  });

  describe('an unknown command', () => {
    it('is refused, naming its type', () => {
      const command = { type: 'DeletePolicy', now: NOW } as unknown as TenantPolicyCommand;
      expect(decide(command, given().state)).toStrictEqual(
        E.left({ _tag: 'UnknownCommand', type: 'DeletePolicy' }),
      );
    });
  });

  it('is never terminal', () => {
    expect(isTerminal()).toBe(false);
  });
});
