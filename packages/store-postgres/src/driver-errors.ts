import { StoreUnavailable } from '@debiteur/eventstore';
import { DatabaseError } from 'pg';

// SQLSTATE classes that mean "the server is gone, busy or broken", not "your request was wrong":
// 08 connection exception, 53 insufficient resources, 57 operator intervention, 58 system error.
const UNAVAILABLE_CLASSES = ['08', '53', '57', '58'];

export const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  error instanceof DatabaseError && error.code === '23505' && error.constraint === constraint;

/** The role lacks a privilege (SQLSTATE 42501, insufficient_privilege), on connect or on a statement. */
export const isInsufficientPrivilege = (error: unknown): boolean =>
  error instanceof DatabaseError && error.code === '42501';

/** A deadlock or serialization failure: the server rolled back, and trying again is safe. */
export const isTransient = (error: unknown): boolean =>
  error instanceof DatabaseError && (error.code === '40P01' || error.code === '40001');

/**
 * A fault of the connection rather than of the request: a network error from Node (an
 * errno `code` such as ECONNREFUSED, also on the AggregateError of a dual-stack connect),
 * or node-postgres' own client-side errors, which are plain Errors ("Connection terminated
 * unexpectedly", a connect timeout, a pool already ended).
 */
const isConnectionFault = (error: unknown): boolean => {
  // Duck-typed, not instanceof: errors made inside Node's net module may come from another
  // realm than the caller's Error class (Jest's sandbox, for one).
  if (typeof error !== 'object' || error === null) return false;
  const code: unknown = 'code' in error ? error.code : undefined;
  return (
    (typeof code === 'string' && /^E[A-Z]+$/.test(code)) || error.constructor?.name === 'Error'
  );
};

/**
 * Maps a driver fault to the port's errors: the server unreachable, shut down or out of
 * resources, and connection faults (network, timeouts, a closed pool) become
 * StoreUnavailable. Everything else — the port's own errors, SQL errors (bugs), this
 * adapter's errors — passes through unchanged.
 */
export const translateDriverError = (error: unknown): unknown => {
  if (error instanceof StoreUnavailable) return error;
  if (error instanceof DatabaseError) {
    const sqlState = error.code ?? '';
    return UNAVAILABLE_CLASSES.includes(sqlState.slice(0, 2))
      ? new StoreUnavailable(`PostgreSQL is unavailable (${sqlState})`, { cause: error })
      : error;
  }
  return isConnectionFault(error)
    ? new StoreUnavailable('PostgreSQL could not be reached', { cause: error })
    : error;
};

/** Runs a driver call and translates what it throws. */
export const translated = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw translateDriverError(error);
  }
};
