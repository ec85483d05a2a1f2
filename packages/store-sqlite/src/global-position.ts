import { GlobalPosition } from '@debiteur/eventstore';

// SQLite integers are signed 64-bit: beyond 2^53 a JavaScript number would round, so
// positions travel as decimal strings and are bound back as BigInt.
const MAX_POSITION = 2n ** 63n - 1n;
const DECIMAL = /^\d{1,19}$/;

/** Before every event: reading after it reads from the start. */
export const START = 0n;

/** The `position` a checkpoint this adapter handed out stands for; anything else is a caller error. */
export const decodePosition = (position: GlobalPosition | null | undefined): bigint => {
  if (position === null || position === undefined) return START;
  const value = DECIMAL.test(position) ? BigInt(position) : -1n;
  if (value < 0n || value > MAX_POSITION) {
    throw new RangeError(`Not a SQLite event store position: ${JSON.stringify(position)}`);
  }
  return value;
};
