/**
 * A persistent string-keyed table for read models with many entries (the due actions of
 * every open invoice). Keys are spread by hash over 64 × 64 buckets, so setting one entry
 * copies two 64-slot indexes and one small bucket, never the whole table: a pure fold over
 * 100,000 invoices stays linear. Plain records keep it JSON-serialisable.
 */
export type HashTable<V> = Readonly<
  Record<string, Readonly<Record<string, Readonly<Record<string, V>>>>>
>;

export const emptyHashTable: HashTable<never> = {};

const FANOUT = 64;

/** FNV-1a: cheap, deterministic, and spreads similar ids (`INV-1`, `INV-2`) over buckets. */
const hashOf = (key: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

const slotsOf = (key: string): readonly [string, string] => {
  const hash = hashOf(key);
  return [String(hash % FANOUT), String(Math.floor(hash / FANOUT) % FANOUT)];
};

export const hashGet = <V>(table: HashTable<V>, key: string): V | undefined => {
  const [outer, inner] = slotsOf(key);
  return table[outer]?.[inner]?.[key];
};

/** The table with `key` set to `value`; the given table is left untouched. */
export const hashSet = <V>(table: HashTable<V>, key: string, value: V): HashTable<V> => {
  const [outer, inner] = slotsOf(key);
  const middle = table[outer] ?? {};
  return { ...table, [outer]: { ...middle, [inner]: { ...middle[inner], [key]: value } } };
};

/** The table without `key`; the same table when the key is absent. */
export const hashRemove = <V>(table: HashTable<V>, key: string): HashTable<V> => {
  const [outer, inner] = slotsOf(key);
  const middle = table[outer];
  const bucket = middle?.[inner];
  if (middle === undefined || bucket === undefined || !(key in bucket)) return table;
  const { [key]: _removed, ...rest } = bucket;
  return { ...table, [outer]: { ...middle, [inner]: rest } };
};

/** Every entry as [key, value], in an order that depends only on the keys and their history. */
export const hashEntries = <V>(table: HashTable<V>): readonly (readonly [string, V])[] => {
  const entries: (readonly [string, V])[] = [];
  for (const middle of Object.values(table)) {
    for (const bucket of Object.values(middle)) {
      for (const key of Object.keys(bucket)) {
        const value = bucket[key];
        if (value !== undefined) entries.push([key, value]);
      }
    }
  }
  return entries;
};

/** The table with every value replaced by `f(value, key)`, built in one linear pass. */
export const hashMap = <V, W>(
  table: HashTable<V>,
  f: (value: V, key: string) => W,
): HashTable<W> => {
  const mapped: Record<string, Record<string, Record<string, W>>> = {};
  for (const [outer, middle] of Object.entries(table)) {
    const m: Record<string, Record<string, W>> = {};
    for (const [inner, bucket] of Object.entries(middle)) {
      const b: Record<string, W> = {};
      for (const [key, value] of Object.entries(bucket)) b[key] = f(value, key);
      m[inner] = b;
    }
    mapped[outer] = m;
  }
  return mapped;
};
