import { EventSource } from './event-source';

/**
 * `--tenant T` named a tenant of whom the source holds no event: most often a typo, so the
 * command fails (exit 1) rather than answer with empty books.
 */
export class TenantHasNoEvents extends Error {
  constructor(
    readonly tenant: string,
    readonly source: string,
  ) {
    super(`no events of tenant "${tenant}" in ${source} (tenant ids are matched exactly)`);
    this.name = 'TenantHasNoEvents';
  }
}

/**
 * Fails with `TenantHasNoEvents` when `tenant` is given and the source holds no event of
 * it: checked before any output is opened, so a mistyped tenant overwrites no earlier file.
 */
export const requireEventsOfTenant = async (
  source: EventSource,
  tenant: string | undefined,
): Promise<void> => {
  if (tenant !== undefined && !(await source.holdsTenant(tenant))) {
    throw new TenantHasNoEvents(tenant, source.description);
  }
};
