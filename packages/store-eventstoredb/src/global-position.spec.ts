import fc from 'fast-check';
import { EsdbPosition } from './esdb-client.port';
import { comparePositions, decodePosition, encodePosition } from './global-position';

const MAX = 2n ** 64n - 1n;

const position = fc
  .tuple(fc.bigInt({ min: 0n, max: MAX }), fc.bigInt({ min: 0n, max: MAX }))
  .map(([commit, prepare]): EsdbPosition => ({ commit, prepare }));

describe('An EventStoreDB global position', () => {
  it('decodes to what was encoded', () => {
    fc.assert(fc.property(position, (p) => expect(decodePosition(encodePosition(p))).toEqual(p)));
  });

  it('is a JSON-safe string of decimal commit and prepare positions', () => {
    fc.assert(
      fc.property(position, (p) => {
        const encoded = encodePosition(p);
        expect(encoded).toBe(`${p.commit}:${p.prepare}`);
        expect(JSON.parse(JSON.stringify({ encoded }))).toEqual({ encoded });
      }),
    );
  });

  it('stays exact beyond 2^53', () => {
    const big = { commit: MAX, prepare: 2n ** 53n + 1n };
    const saved: unknown = JSON.parse(JSON.stringify(encodePosition(big)));
    expect(typeof saved === 'string' ? decodePosition(saved) : null).toEqual(big);
  });

  it('orders by commit position, then prepare position', () => {
    expect(
      comparePositions({ commit: 9n, prepare: 500n }, { commit: 10n, prepare: 1n }),
    ).toBeLessThan(0);
    expect(
      comparePositions({ commit: 10n, prepare: 7n }, { commit: 10n, prepare: 3n }),
    ).toBeGreaterThan(0);
    fc.assert(fc.property(position, (p) => expect(comparePositions(p, { ...p })).toBe(0)));
  });

  it('orders consistently: swapping the operands flips the sign', () => {
    fc.assert(
      fc.property(position, position, (a, b) =>
        // Summed, not negated: for equal positions -Math.sign(0) is -0, which toBe tells from 0.
        expect(Math.sign(comparePositions(a, b)) + Math.sign(comparePositions(b, a))).toBe(0),
      ),
    );
  });

  it.each(['', '42', '1:2:3', 'a:1', '-1:2', '1:2 ', ' 1:2', '1.0:2', `${MAX + 1n}:0`])(
    'refuses %j',
    (text) => {
      expect(() => decodePosition(text)).toThrow(RangeError);
    },
  );
});
