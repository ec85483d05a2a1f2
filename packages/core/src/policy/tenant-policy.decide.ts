import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { TenantEvent } from './policy.events';
import { samePolicy, validatePolicy } from './reminder-policy';
import { TenantPolicyCommand } from './tenant-policy.commands';
import { PolicyError } from './tenant-policy.errors';
import { TenantPolicyState } from './tenant-policy.state';

/**
 * Decides a policy command. An invalid policy is refused; a policy identical to the one in
 * force records nothing (no error), so a repeated `PUT /policy` leaves no noise in the
 * history. A new tenant that sets exactly the default therefore records nothing either.
 * A command of a type the stream does not know is refused with `UnknownCommand`.
 */
export const decideTenantPolicy = (
  command: TenantPolicyCommand,
  state: TenantPolicyState,
): E.Either<PolicyError, TenantEvent[]> => {
  switch (command.type) {
    case 'SetPolicy':
      return pipe(
        validatePolicy(command.policy),
        E.map((policy): TenantEvent[] =>
          samePolicy(policy, state.policy) ? [] : [{ type: 'PolicyChanged', data: { policy } }],
        ),
      );
    default: {
      // A one-member union does not narrow to never; its tag does. At runtime an untyped
      // caller can still send another type: refuse it rather than echo it back.
      const _exhaustive: never = command.type;
      return E.left({ _tag: 'UnknownCommand', type: String(_exhaustive) });
    }
  }
};
