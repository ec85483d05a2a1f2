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

/** Fails with `TenantHasNoEvents` when a read filtered to `tenant` found no event at all. */
export const requireEventsOfTenant = (
  tenant: string | undefined,
  eventsRead: number,
  source: string,
): void => {
  if (tenant !== undefined && eventsRead === 0) throw new TenantHasNoEvents(tenant, source);
};
