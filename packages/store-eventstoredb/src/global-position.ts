import { GlobalPosition } from '@debiteur/eventstore';
import { EsdbPosition } from './esdb-client.port';

const MAX_POSITION = 2n ** 64n - 1n; // positions are unsigned 64-bit in the transaction log
const ENCODED = /^(\d{1,20}):(\d{1,20})$/;

/**
 * Encodes a `$all` position as `"<commit>:<prepare>"` in decimal: a plain string, so it
 * survives JSON where a bigint would not, and stays exact beyond 2^53.
 */
export const encodePosition = ({ commit, prepare }: EsdbPosition): GlobalPosition =>
  `${commit.toString()}:${prepare.toString()}`;

/** Decodes a position this adapter handed out; anything else is a caller error. */
export const decodePosition = (encoded: GlobalPosition): EsdbPosition => {
  const match = ENCODED.exec(encoded);
  const commit = match?.[1] === undefined ? null : BigInt(match[1]);
  const prepare = match?.[2] === undefined ? null : BigInt(match[2]);
  if (commit === null || prepare === null || commit > MAX_POSITION || prepare > MAX_POSITION) {
    throw new RangeError(`Not an EventStoreDB event store position: ${JSON.stringify(encoded)}`);
  }
  return { commit, prepare };
};

/** Orders two positions as `$all` does: by commit, then prepare (negative: `a` first). */
export const comparePositions = (a: EsdbPosition, b: EsdbPosition): number => {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
};
