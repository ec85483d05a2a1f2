/**
 * A persistent string-keyed table for read models with many entries: a hash trie. Each
 * inner node has 32 slots picked by five bits of the key's hash; a slot holds a small leaf
 * of up to 8 entries, or another node once its leaf fills up. Setting an entry copies the
 * nodes on one path (a few 32-slot arrays) and one small leaf, so a pure fold over millions
 * of invoices costs the same per event at any size. Arrays and plain records keep it
 * JSON-serialisable: a projection runner stores it as it is and reads it back unchanged.
 */
export type HashTrie<V> = TrieNode<V>;

/** Keys and values side by side: one object shape for every leaf, whatever its keys. */
interface Leaf<V> {
  readonly keys: readonly string[];
  readonly values: readonly V[];
}
type Slot<V> = TrieNode<V> | Leaf<V> | null;
type TrieNode<V> = readonly Slot<V>[];

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;
const LEAF_CAPACITY = 8;
/** Past this shift the hash has no bits left: a leaf there grows instead of splitting. */
const LAST_SHIFT = 30;

const emptyNode = <V>(): Slot<V>[] => new Array<Slot<V>>(WIDTH).fill(null);

export const emptyTrie: HashTrie<never> = emptyNode<never>();

/** FNV-1a: cheap, deterministic, and spreads similar ids (`INV-1`, `INV-2`) over slots. */
const hashOf = (key: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

const isNode = <V>(slot: Slot<V>): slot is TrieNode<V> => Array.isArray(slot);

const leafWith = <V>(leaf: Leaf<V>, key: string, value: V): Leaf<V> => {
  const at = leaf.keys.indexOf(key);
  if (at >= 0) {
    const values = leaf.values.slice();
    values[at] = value;
    return { keys: leaf.keys, values };
  }
  return { keys: leaf.keys.concat(key), values: leaf.values.concat([value]) };
};

export const trieGet = <V>(trie: HashTrie<V>, key: string): V | undefined => {
  const hash = hashOf(key);
  let node: TrieNode<V> = trie;
  for (let shift = 0; ; shift += BITS) {
    const slot = node[(hash >>> shift) & MASK] ?? null;
    if (slot === null) return undefined;
    if (!isNode(slot)) {
      const at = slot.keys.indexOf(key);
      return at < 0 ? undefined : slot.values[at];
    }
    node = slot;
  }
};

const setIn = <V>(
  node: TrieNode<V>,
  hash: number,
  shift: number,
  key: string,
  value: V,
): TrieNode<V> => {
  const index = (hash >>> shift) & MASK;
  const slot = node[index] ?? null;
  let next: Slot<V>;
  if (slot === null) next = { keys: [key], values: [value] };
  else if (isNode(slot)) next = setIn(slot, hash, shift + BITS, key, value);
  else if (slot.keys.length < LEAF_CAPACITY || shift >= LAST_SHIFT || slot.keys.includes(key))
    next = leafWith(slot, key, value);
  else next = splitLeaf(slot, shift + BITS, key, value);
  const copy = node.slice();
  copy[index] = next;
  return copy;
};

/** A full leaf becomes a node one level down, holding its entries and the new one. */
const splitLeaf = <V>(leaf: Leaf<V>, shift: number, key: string, value: V): TrieNode<V> => {
  let node: TrieNode<V> = emptyNode<V>();
  leaf.keys.forEach((existing, at) => {
    node = setIn(node, hashOf(existing), shift, existing, leaf.values[at] as V);
  });
  return setIn(node, hashOf(key), shift, key, value);
};

/** The trie with `key` set to `value`; the given trie is left untouched. */
export const trieSet = <V>(trie: HashTrie<V>, key: string, value: V): HashTrie<V> =>
  setIn(trie, hashOf(key), 0, key, value);

const removeIn = <V>(node: TrieNode<V>, hash: number, shift: number, key: string): TrieNode<V> => {
  const index = (hash >>> shift) & MASK;
  const slot = node[index] ?? null;
  if (slot === null) return node;
  let next: Slot<V>;
  if (isNode(slot)) {
    next = removeIn(slot, hash, shift + BITS, key);
    if (next === slot) return node;
  } else {
    const at = slot.keys.indexOf(key);
    if (at < 0) return node;
    next =
      slot.keys.length === 1
        ? null
        : {
            keys: slot.keys.filter((_, i) => i !== at),
            values: slot.values.filter((_, i) => i !== at),
          };
  }
  const copy = node.slice();
  copy[index] = next;
  return copy;
};

/** The trie without `key`; the same trie when the key is absent. */
export const trieRemove = <V>(trie: HashTrie<V>, key: string): HashTrie<V> =>
  removeIn(trie, hashOf(key), 0, key);

/** Inserts into nodes and leaves this module just made and nobody else has seen yet. */
const setInPlace = <V>(
  node: Slot<V>[],
  hash: number,
  shift: number,
  key: string,
  value: V,
): void => {
  const index = (hash >>> shift) & MASK;
  const slot = node[index] ?? null;
  if (slot === null) node[index] = { keys: [key], values: [value] };
  else if (isNode(slot)) setInPlace(slot as Slot<V>[], hash, shift + BITS, key, value);
  else if (slot.keys.length < LEAF_CAPACITY || shift >= LAST_SHIFT || slot.keys.includes(key)) {
    const at = slot.keys.indexOf(key);
    if (at >= 0) (slot.values as V[])[at] = value;
    else {
      (slot.keys as string[]).push(key);
      (slot.values as V[]).push(value);
    }
  } else {
    const child = emptyNode<V>();
    slot.keys.forEach((existing, at) => {
      setInPlace(child, hashOf(existing), shift + BITS, existing, slot.values[at] as V);
    });
    setInPlace(child, hash, shift + BITS, key, value);
    node[index] = child;
  }
};

/**
 * A trie of all `entries` (a later entry wins over an earlier one with the same key), built
 * in one pass without copying: how a fold kept in a mutable map hands over its result.
 */
export const trieOf = <V>(entries: Iterable<readonly [string, V]>): HashTrie<V> => {
  const root = emptyNode<V>();
  for (const [key, value] of entries) setInPlace(root, hashOf(key), 0, key, value);
  trimLeaves(root);
  return root;
};

/** `trieOf` of the entries `keys[i]` → `values[i]`, without a pair per entry. */
export const trieOfColumns = <V>(keys: readonly string[], values: readonly V[]): HashTrie<V> => {
  const root = emptyNode<V>();
  keys.forEach((key, at) => setInPlace(root, hashOf(key), 0, key, values[at] as V));
  trimLeaves(root);
  return root;
};

/**
 * Gives every leaf arrays of its exact length: a leaf grown by `push` keeps room for a dozen
 * more entries, which over a few hundred thousand entries is tens of megabytes.
 */
const trimLeaves = <V>(node: Slot<V>[]): void => {
  for (let index = 0; index < node.length; index += 1) {
    const slot = node[index] ?? null;
    if (slot === null) continue;
    if (isNode(slot)) trimLeaves(slot as Slot<V>[]);
    else node[index] = { keys: slot.keys.slice(), values: slot.values.slice() };
  }
};

const visit = <V>(node: TrieNode<V>, each: (key: string, value: V) => void): void => {
  for (const slot of node) {
    if (slot === null || slot === undefined) continue;
    if (isNode(slot)) visit(slot, each);
    else slot.keys.forEach((key, at) => each(key, slot.values[at] as V));
  }
};

/** Every entry as [key, value], in an order that depends only on the keys and their history. */
export const trieEntries = <V>(trie: HashTrie<V>): readonly (readonly [string, V])[] => {
  const entries: (readonly [string, V])[] = [];
  visit(trie, (key, value) => entries.push([key, value]));
  return entries;
};

/** Every value, in the order of `trieEntries`. */
export const trieValues = <V>(trie: HashTrie<V>): readonly V[] => {
  const values: V[] = [];
  visit(trie, (_, value) => values.push(value));
  return values;
};

const mapNode = <V, W>(node: TrieNode<V>, f: (value: V, key: string) => W): TrieNode<W> =>
  node.map((slot): Slot<W> => {
    if (slot === null || slot === undefined) return null;
    if (isNode(slot)) return mapNode(slot, f);
    return {
      keys: slot.keys,
      values: slot.values.map((value, at) => f(value, slot.keys[at] ?? '')),
    };
  });

/** The trie with every value replaced by `f(value, key)`, in one linear pass, same shape. */
export const trieMap = <V, W>(trie: HashTrie<V>, f: (value: V, key: string) => W): HashTrie<W> =>
  mapNode(trie, f);
