import { GlobalPosition } from '@debiteur/eventstore';

/**
 * A place in the global order: the id of the transaction that wrote the event (`xid8`) and
 * the event's `position` (bigserial). Order is by transaction first, then position.
 * Both stay decimal strings: they can exceed 2^53, so they are never JavaScript numbers.
 */
export interface TransactionPosition {
  readonly transactionId: string;
  readonly position: string;
}

const WIDTH = 20; // digits of 2^64 − 1, the largest xid8
const ENCODED = /^(\d{1,20}):(\d{1,20})$/;

/** Before every event: reading after it reads from the start. */
export const START: TransactionPosition = { transactionId: '0', position: '0' };

/**
 * Encodes a position as `"<transaction>:<position>"`, both zero-padded to 20 digits, so
 * that comparing two encoded positions as plain strings gives the global order too.
 */
export const encodePosition = ({ transactionId, position }: TransactionPosition): GlobalPosition =>
  `${transactionId.padStart(WIDTH, '0')}:${position.padStart(WIDTH, '0')}`;

const canonical = (digits: string): string => BigInt(digits).toString();

/** Decodes a position this adapter handed out; anything else is a caller error. */
export const decodePosition = (encoded: GlobalPosition): TransactionPosition => {
  const match = ENCODED.exec(encoded);
  if (match === null || match[1] === undefined || match[2] === undefined) {
    throw new RangeError(`Not a PostgreSQL event store position: ${JSON.stringify(encoded)}`);
  }
  return { transactionId: canonical(match[1]), position: canonical(match[2]) };
};

/** Orders two positions the way readAll does (negative: `a` comes first). */
export const comparePositions = (a: TransactionPosition, b: TransactionPosition): number => {
  const byTransaction = BigInt(a.transactionId) - BigInt(b.transactionId);
  if (byTransaction !== 0n) return byTransaction < 0n ? -1 : 1;
  const byPosition = BigInt(a.position) - BigInt(b.position);
  return byPosition === 0n ? 0 : byPosition < 0n ? -1 : 1;
};
