import fc from 'fast-check';
import {
  emptyHashTable,
  hashEntries,
  hashGet,
  hashMap,
  hashRemove,
  hashSet,
  HashTable,
} from './hash-table';

type Op = { readonly set: string; readonly value: number } | { readonly remove: string };

const ops = fc.array(
  fc.oneof(
    fc.record({ set: fc.string({ maxLength: 6 }), value: fc.integer() }),
    fc.record({ remove: fc.string({ maxLength: 6 }) }),
  ),
  { maxLength: 200 },
);

const run = (steps: readonly Op[]): { table: HashTable<number>; map: Map<string, number> } => {
  let table: HashTable<number> = emptyHashTable;
  const map = new Map<string, number>();
  for (const step of steps) {
    if ('set' in step) {
      table = hashSet(table, step.set, step.value);
      map.set(step.set, step.value);
    } else {
      table = hashRemove(table, step.remove);
      map.delete(step.remove);
    }
  }
  return { table, map };
};

const sorted = (entries: readonly (readonly [string, number])[]) =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('HashTable', () => {
  it('holds what a map holds after any sets and removes', () => {
    fc.assert(
      fc.property(ops, (steps) => {
        const { table, map } = run(steps);
        expect(sorted(hashEntries(table))).toEqual(sorted([...map.entries()]));
        for (const [key, value] of map) expect(hashGet(table, key)).toBe(value);
      }),
    );
  });

  it('leaves the table it was given untouched', () => {
    fc.assert(
      fc.property(ops, fc.string(), (steps, key) => {
        const { table } = run(steps);
        const before = JSON.stringify(table);
        hashSet(table, key, 1);
        hashRemove(table, key);
        expect(JSON.stringify(table)).toBe(before);
      }),
    );
  });

  it('maps every value in place of its key', () => {
    const { table } = run([
      { set: 'INV-1', value: 1 },
      { set: 'INV-2', value: 2 },
    ]);
    expect(sorted(hashEntries(hashMap(table, (v, k) => v * 10 + k.length)))).toEqual([
      ['INV-1', 15],
      ['INV-2', 25],
    ]);
  });
});
