import { LadderLevel, ReminderPolicy } from '@debiteur/core';

const [required, optional] = ReminderPolicy.type.types;
const POLICY_KEYS = [...Object.keys(required.type.props), ...Object.keys(optional.type.props)];
const RUNG_KEYS = Object.keys(LadderLevel.type.type.props);

/** Edits (insert, delete, replace) that turn `a` into `b`. */
const editDistance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const replace = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, replace));
    }
    row = next;
  }
  return row[b.length] ?? 0;
};

/** The known key a misspelling most likely meant: within 3 edits, or a case slip. */
const nearest = (key: string, known: readonly string[]): string | null => {
  const ranked = known
    .map((k) => ({ k, d: k.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, k) }))
    .sort((x, y) => x.d - y.d);
  const best = ranked[0];
  return best !== undefined && best.d <= 3 ? best.k : null;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unknownIn = (value: unknown, known: readonly string[], path: string): string[] =>
  isRecord(value)
    ? Object.keys(value)
        .filter((key) => !known.includes(key))
        .map((key) => {
          const meant = nearest(key, known);
          return `${path}.${key}${meant === null ? '' : ` (did you mean ${meant}?)`}`;
        })
    : [];

/**
 * The fields of a hand-written policy file that a reminder policy does not have, by JSON path
 * (`$.promiseGraceDay`, `$.ladder[1].afterDue`), each with the field it most likely meant. A
 * misspelt field would otherwise be dropped in silence and its default simulated instead.
 */
export const unknownPolicyKeys = (json: unknown): readonly string[] => {
  const ladder = isRecord(json) && Array.isArray(json['ladder']) ? json['ladder'] : [];
  return [
    ...unknownIn(json, POLICY_KEYS, '$'),
    ...ladder.flatMap((rung: unknown, i) => unknownIn(rung, RUNG_KEYS, `$.ladder[${i}]`)),
  ];
};
