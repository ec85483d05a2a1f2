import { decideTenantPolicy } from './tenant-policy.decide';
import { evolveTenantPolicy } from './tenant-policy.evolve';
import { initialTenantPolicyState } from './tenant-policy.state';

/** The tenant's settings stream as a decider. A tenant's policy can always be changed. */
export const tenantPolicyDecider = {
  initialState: initialTenantPolicyState,
  evolve: evolveTenantPolicy,
  decide: decideTenantPolicy,
  isTerminal: (): boolean => false,
};
