/** How often and how patiently the command shell retries after a concurrent write. */
export interface RetryPolicy {
  /** Attempts in all, the first included; 1 means no retry. */
  readonly maxAttempts: number;
  /** The delay ceiling after the first conflict; it doubles with each further conflict. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 10, baseDelayMs: 5, maxDelayMs: 500 };

/**
 * Exponential backoff with full jitter: after the n-th conflict wait a random time below
 * `min(maxDelay, baseDelay · 2^(n-1))`, so writers that collided spread out instead of
 * colliding again in lockstep.
 */
export const backoffDelayMs = (
  policy: RetryPolicy,
  conflicts: number,
  random: () => number,
): number => {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, conflicts - 1));
  return Math.floor(random() * ceiling);
};

export const sleep = (ms: number): Promise<void> =>
  ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
