/**
 * Resolves to the path of an up-to-date bundle named `name` of `entry`, a TypeScript file of
 * the workspace: built into `dir` (default `apps/cli/.bundle`) first when missing or older
 * than one of its inputs (docs/adr/0023).
 */
export declare const bundled: (entry: string, name: string, dir?: string) => Promise<string>;
