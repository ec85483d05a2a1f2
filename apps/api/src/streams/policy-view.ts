import { TenantPolicyState } from '@debiteur/core';

/**
 * The tenant's reminder policy (`GET /policy`): the contract's fields plus
 * `promiseGraceDays`, `collectionCostsVatPercent` (null: no VAT on collection costs),
 * `companySize` (the tenant's own size; null: not said) and the settings stream's version
 * (0 while the default applies).
 */
export const policyView = (state: TenantPolicyState, version: number) => ({
  defaultPaymentTermDays: state.policy.defaultPaymentTermDays,
  adaptive: state.policy.adaptive,
  promiseGraceDays: state.policy.promiseGraceDays,
  ladder: state.policy.ladder,
  collectionCostsVatPercent: state.policy.collectionCostsVatPercent ?? null,
  companySize: state.policy.companySize ?? null,
  isDefault: version === 0,
  version,
});
