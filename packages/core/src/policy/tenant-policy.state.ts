import { ReminderPolicy } from './policy.events';
import { dutchDefaultPolicy } from './reminder-ladder';

/**
 * A tenant's settings stream folded: the policy in force. There is always one, so the
 * state has a single shape rather than a `status` union; a new tenant runs on the default.
 */
export interface TenantPolicyState {
  readonly policy: ReminderPolicy;
}

export const initialTenantPolicyState: TenantPolicyState = { policy: dutchDefaultPolicy };
