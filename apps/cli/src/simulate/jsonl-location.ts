import { UsageError } from '../cli-io';

/** The path of a `jsonl:<path>` location; anything else is a usage error. */
export const jsonlPath = (location: string, option: string): string => {
  if (!location.startsWith('jsonl:') || location.length === 'jsonl:'.length) {
    throw new UsageError(`${option} must be jsonl:<path>, got "${location}"`);
  }
  return location.slice('jsonl:'.length);
};

/** A whole number from `min` to `max`, from a command-line option. */
export const wholeNumber = (
  value: string,
  option: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${option} must be a whole number ${range}, got "${value}"`);
  }
  return n;
};
