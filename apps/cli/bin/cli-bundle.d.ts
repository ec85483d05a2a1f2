/**
 * Resolves to the path of an up-to-date bundle named `name` of `entry`, a TypeScript file of
 * the workspace: the first fresh one in `dirs`, else one built into the first of `dirs` that
 * can be written (default: `DEBITEUR_BUNDLE_DIR` when set, else `apps/cli/.bundle`, then
 * the user's cache folder; docs/adr/0023). Folders, manifests and bundles that another user
 * owns or can write to are passed over.
 */
export declare const bundled: (
  entry: string,
  name: string,
  dirs?: string | readonly string[],
) => Promise<string>;

/**
 * Deletes the bundle folders under `cacheRoot` whose every manifest names a checkout that no
 * longer exists, once left alone for a minute before `now` (default: the clock); folders
 * another user owns, or without a readable manifest, are kept. Run after each build into the
 * user's cache.
 */
export declare const deleteBundlesOfDeletedCheckouts: (cacheRoot: string, now?: number) => void;
