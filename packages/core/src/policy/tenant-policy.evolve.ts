import { TenantEvent } from './policy.events';
import { TenantPolicyState } from './tenant-policy.state';

/** A policy change replaces the whole policy; nothing of the old one carries over. */
export const evolveTenantPolicy = (
  _state: TenantPolicyState,
  event: TenantEvent,
): TenantPolicyState => ({
  policy: event.data.policy,
});
