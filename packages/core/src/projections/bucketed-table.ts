/**
 * A persistent string-keyed table for projection state. A fold over every invoice of a
 * tenant must not copy the whole tenant per event, so keys are spread over a fixed number
 * of buckets and an update copies one bucket and the bucket index only. Plain records keep
 * the state JSON-serialisable for checkpointed projection runners.
 */
export type BucketedTable<V> = Readonly<Record<string, Readonly<Record<string, V>>>>;

const BUCKETS = 64;

export const emptyTable: BucketedTable<never> = {};

/** FNV-1a: cheap, deterministic, and spreads similar ids (`INV-1`, `INV-2`) over buckets. */
const bucketOf = (key: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return String((hash >>> 0) % BUCKETS);
};

export const tableGet = <V>(table: BucketedTable<V>, key: string): V | undefined =>
  table[bucketOf(key)]?.[key];

/** The table with `key` set to `value`; the given table is left untouched. */
export const tableSet = <V>(table: BucketedTable<V>, key: string, value: V): BucketedTable<V> => {
  const bucket = bucketOf(key);
  return { ...table, [bucket]: { ...table[bucket], [key]: value } };
};

/** Every value, in an order that depends only on the keys and the order they were added. */
export const tableValues = <V>(table: BucketedTable<V>): readonly V[] =>
  Object.values(table).flatMap((bucket) => Object.values(bucket));
