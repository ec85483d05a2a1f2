import { resolve, sep } from 'node:path';

const tail = (path: string, segments: number): string =>
  path
    .split(/[\\/]+/)
    .slice(-segments)
    .join(sep);

const allDistinct = (names: readonly string[]): boolean => new Set(names).size === names.length;

/**
 * The column names of policy files side by side: each file's base name, or, when two share
 * one, the shortest trailing part of their paths that tells them apart (`a/day-15.json`,
 * `b/day-15.json`). The same file named twice is told apart by its place (`#2`).
 */
export const policyNames = (files: readonly string[]): readonly string[] => {
  const paths = files.map((f) => resolve(f));
  const longest = Math.max(...paths.map((p) => p.split(/[\\/]+/).length));
  for (let segments = 1; segments <= longest; segments += 1) {
    const names = paths.map((p) => tail(p, segments));
    if (allDistinct(names)) return names;
  }
  const names = files.map((f) => tail(resolve(f), 1));
  return names.map((name, i) => (names.indexOf(name) === i ? name : `${name} #${i + 1}`));
};
