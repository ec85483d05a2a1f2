import { Instant, instantFromMillis } from '@debiteur/core';

/**
 * The one place the service reads the time: commands are stamped with `now()` and the
 * saga asks it what is due. The core never reads a clock; the shell passes this one in.
 */
export interface Clock {
  now(): Instant;
}

/** The wall clock, in Europe/Amsterdam as the core's instants are written. */
export const systemClock: Clock = { now: () => instantFromMillis(Date.now()) };

/**
 * The test clock of the operations contract (`DEBITEUR_TEST_CLOCK=on`): it stands still
 * until it is moved, so a test decides what day it is.
 */
export class TestClock implements Clock {
  constructor(private current: Instant) {}

  now(): Instant {
    return this.current;
  }

  moveTo(next: Instant): void {
    this.current = next;
  }
}
