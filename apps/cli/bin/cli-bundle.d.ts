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
