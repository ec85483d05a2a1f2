import fc from 'fast-check';
import {
  emptyTrie,
  HashTrie,
  trieEntries,
  trieGet,
  trieRemove,
  trieSet,
  trieMap,
  trieOf,
  trieValues,
} from './hash-trie';

type Step =
  | { readonly op: 'set'; readonly key: string; readonly value: number }
  | {
      readonly op: 'remove';
      readonly key: string;
    };

/** Few distinct keys make overwrites and removals of present keys likely. */
const key = fc.oneof(
  fc.integer({ min: 0, max: 400 }).map((n) => `invoice:acme:INV-${n}`),
  fc.string({ maxLength: 6 }),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('set' as const), key, value: fc.integer() }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), key }) },
);

const run = (steps: readonly Step[]) => {
  let trie: HashTrie<number> = emptyTrie;
  const model = new Map<string, number>();
  for (const s of steps) {
    if (s.op === 'set') {
      trie = trieSet(trie, s.key, s.value);
      model.set(s.key, s.value);
    } else {
      trie = trieRemove(trie, s.key);
      model.delete(s.key);
    }
  }
  return { trie, model };
};

const sorted = (entries: readonly (readonly [string, number])[]) =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('hash trie', () => {
  it('holds exactly what a map would after any sequence of sets and removals', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 600 }), key, (steps, probe) => {
        const { trie, model } = run(steps);
        expect(sorted(trieEntries(trie))).toEqual(sorted([...model.entries()]));
        expect(trieGet(trie, probe)).toBe(model.get(probe));
        expect(trieValues(trie)).toHaveLength(model.size);
      }),
    );
  });

  it('leaves the trie it was given untouched (persistent)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), step, (steps, last) => {
        const { trie } = run(steps);
        const before = JSON.stringify(trie);
        if (last.op === 'set') trieSet(trie, last.key, last.value);
        else trieRemove(trie, last.key);
        expect(JSON.stringify(trie)).toBe(before);
      }),
    );
  });

  it('reads the same after a JSON round trip, as a projection store keeps it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), key, (steps, probe) => {
        const { trie, model } = run(steps);
        const revived = JSON.parse(JSON.stringify(trie)) as HashTrie<number>;
        expect(trieEntries(revived)).toEqual(trieEntries(trie));
        expect(trieGet(trieSet(revived, probe, 7), probe)).toBe(7);
        expect(trieGet(revived, probe)).toBe(model.get(probe));
      }),
    );
  });

  it('keeps 100,000 keys with the same lookups as a map', () => {
    let trie: HashTrie<number> = emptyTrie;
    for (let i = 0; i < 100_000; i += 1) trie = trieSet(trie, `invoice:t:INV-${i}`, i);
    expect(trieValues(trie)).toHaveLength(100_000);
    expect(trieGet(trie, 'invoice:t:INV-0')).toBe(0);
    expect(trieGet(trie, 'invoice:t:INV-99999')).toBe(99_999);
    expect(trieGet(trie, 'invoice:t:INV-100000')).toBeUndefined();
  });

  it('does not mistake inherited object properties for keys', () => {
    expect(trieGet(emptyTrie, 'constructor')).toBeUndefined();
    expect(trieGet(trieSet(emptyTrie, 'a', 1), 'toString')).toBeUndefined();
  });
});

describe('hash trie built in one pass', () => {
  it('equals the trie built by setting the same entries one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 600 }), (entries) => {
        const stepwise = entries.reduce<HashTrie<number>>(
          (trie, [k, v]) => trieSet(trie, k, v),
          emptyTrie,
        );
        expect(trieOf(entries)).toEqual(stepwise);
      }),
    );
  });
});

describe('hash trie mapped', () => {
  it('holds f(value, key) under every key and leaves the original untouched', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
        const { trie, model } = run(steps);
        const before = JSON.stringify(trie);
        const mapped = trieMap(trie, (value, k) => `${k}=${value}`);
        expect(
          sorted(trieEntries(mapped).map(([k, v]) => [k, Number(v.split('=').pop())] as const)),
        ).toEqual(sorted([...model.entries()]));
        expect(trieEntries(mapped).every(([k, v]) => v.startsWith(`${k}=`))).toBe(true);
        expect(JSON.stringify(trie)).toBe(before);
      }),
    );
  });
});
