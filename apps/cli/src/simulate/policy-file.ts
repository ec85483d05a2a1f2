import {
  decodeWith,
  MAX_AFTER_DUE_DAYS,
  PolicyError,
  ReminderPolicy,
  validatePolicy,
} from '@debiteur/core';
import { isLeft } from 'fp-ts/Either';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../cli-io';
import { unknownPolicyKeys } from './policy-keys';

/** Grace days of a policy file that leaves `promiseGraceDays` out, as the HTTP API does. */
export const DEFAULT_PROMISE_GRACE_DAYS = 3;

const describe = (error: PolicyError): string => {
  switch (error._tag) {
    case 'EmptyLadder':
      return 'the ladder has no rungs';
    case 'LevelsNotConsecutive':
      return `ladder[${error.index}]: level ${error.level}, expected ${error.expected}`;
    case 'InvalidOffset':
      return `ladder[${error.index}]: afterDueDays ${error.afterDueDays} is not a whole number of days from 0 to ${MAX_AFTER_DUE_DAYS}`;
    case 'OffsetsNotIncreasing':
      return `ladder[${error.index}]: afterDueDays ${error.afterDueDays} is not after the previous rung's ${error.previousAfterDueDays}`;
    case 'HandOverNotLast':
      return `ladder[${error.index}]: a hand-over must be the last rung`;
    case 'InvalidDefaultPaymentTerm':
      return `defaultPaymentTermDays ${error.defaultPaymentTermDays} is not 0–365 whole days`;
    case 'InvalidPromiseGraceDays':
      return `promiseGraceDays ${error.promiseGraceDays} is not 0–365 whole days`;
    case 'UnknownCommand':
      return `unknown command ${error.type}`;
  }
};

/**
 * A reminder policy from JSON in the HTTP contract's shape (`{ defaultPaymentTermDays,
 * adaptive, promiseGraceDays?, ladder: [{ level, kind, afterDueDays, channel }] }`), checked
 * as `PUT /policy` checks it, and with no field a policy does not have (a misspelt one would
 * be ignored). Every problem is a usage error naming the file and the path.
 */
export const parsePolicy = (text: string, source: string): ReminderPolicy => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${source}: not valid JSON`);
  }
  const unknown = unknownPolicyKeys(json);
  if (unknown.length > 0)
    throw new UsageError(`${source}: unknown field(s) in the policy: ${unknown.join('; ')}`);
  const withGrace =
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    !('promiseGraceDays' in json)
      ? { ...json, promiseGraceDays: DEFAULT_PROMISE_GRACE_DAYS }
      : json;
  const decoded = decodeWith(ReminderPolicy)(withGrace);
  if (isLeft(decoded)) {
    const problems = decoded.left.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new UsageError(`${source}: not a reminder policy: ${problems}`);
  }
  const valid = validatePolicy(decoded.right);
  if (isLeft(valid)) throw new UsageError(`${source}: ${describe(valid.left)}`);
  return valid.right;
};

export const readPolicyFile = async (path: string): Promise<ReminderPolicy> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read policy file ${path}`);
  }
  return parsePolicy(text, path);
};
