/** Where a store's applied migrations stand against the migrations a release knows. */
export type MigrationStanding =
  | { readonly _tag: 'current' }
  /** A newer release migrated it further than this one knows. */
  | { readonly _tag: 'ahead'; readonly applied: number; readonly known: number }
  /** Migrations are missing; `appliedUpTo` is the last version before the first gap. */
  | { readonly _tag: 'behind'; readonly appliedUpTo: number; readonly readsFrom: number };

/**
 * A schema is current when every migration this release knows is applied and none newer;
 * an adapter's open that may not migrate (a read-only one) accepts only a current schema.
 */
export const migrationStanding = (
  applied: ReadonlySet<number>,
  known: readonly number[],
): MigrationStanding => {
  const newestKnown = Math.max(0, ...known);
  const newestApplied = Math.max(0, ...applied);
  if (newestApplied > newestKnown) {
    return { _tag: 'ahead', applied: newestApplied, known: newestKnown };
  }
  const missing = known.filter((version) => !applied.has(version));
  if (missing.length === 0) return { _tag: 'current' };
  const firstMissing = Math.min(...missing);
  const appliedUpTo = Math.max(0, ...[...applied].filter((version) => version < firstMissing));
  return { _tag: 'behind', appliedUpTo, readsFrom: newestKnown };
};
