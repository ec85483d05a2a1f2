import { Instant } from '../shared/instant';
import { ReminderPolicy } from './policy.events';

/** Replaces the tenant's whole reminder policy (`PUT /policy`). */
export interface SetPolicy {
  readonly type: 'SetPolicy';
  readonly policy: ReminderPolicy;
  readonly now: Instant;
}

export type TenantPolicyCommand = SetPolicy;
export type TenantPolicyCommandType = TenantPolicyCommand['type'];
