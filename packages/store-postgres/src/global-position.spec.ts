import fc from 'fast-check';
import {
  comparePositions,
  decodePosition,
  encodePosition,
  START,
  TransactionPosition,
} from './global-position';

const MAX_XID8 = 2n ** 64n - 1n;
const MAX_BIGINT = 2n ** 63n - 1n;

const transactionPosition = fc
  .tuple(fc.bigInt({ min: 0n, max: MAX_XID8 }), fc.bigInt({ min: 0n, max: MAX_BIGINT }))
  .map(([transactionId, position]): TransactionPosition => ({
    transactionId: transactionId.toString(),
    position: position.toString(),
  }));

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('A PostgreSQL global position', () => {
  it('decodes to what was encoded', () => {
    fc.assert(
      fc.property(transactionPosition, (p) => expect(decodePosition(encodePosition(p))).toEqual(p)),
    );
  });

  it('orders as a plain string the way readAll orders events', () => {
    fc.assert(
      fc.property(transactionPosition, transactionPosition, (a, b) => {
        const asStrings =
          encodePosition(a) < encodePosition(b)
            ? -1
            : encodePosition(a) > encodePosition(b)
              ? 1
              : 0;
        expect(asStrings).toBe(sign(comparePositions(a, b)));
      }),
    );
  });

  it('orders by transaction before position', () => {
    expect(
      comparePositions(
        { transactionId: '9', position: '100' },
        { transactionId: '10', position: '1' },
      ),
    ).toBeLessThan(0);
  });

  it('survives JSON unchanged, even beyond 2^53', () => {
    const big = encodePosition({
      transactionId: MAX_XID8.toString(),
      position: MAX_BIGINT.toString(),
    });
    expect(JSON.parse(JSON.stringify({ big }))).toEqual({ big });
    expect(decodePosition(big)).toEqual({
      transactionId: MAX_XID8.toString(),
      position: MAX_BIGINT.toString(),
    });
  });

  it('comes before every event at the start', () => {
    fc.assert(
      fc.property(transactionPosition, (p) =>
        expect(comparePositions(START, p)).toBeLessThanOrEqual(0),
      ),
    );
  });

  it.each(['', '12', '1:2:3', 'a:1', '-1:2', '1:2 ', '123456789012345678901:1'])(
    'refuses %j',
    (text) => {
      expect(() => decodePosition(text)).toThrow(RangeError);
    },
  );
});
