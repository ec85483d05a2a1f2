import { DEFAULT_OFFICE_HOURS, OfficeHours, officeHours } from '@debiteur/core';
import * as E from 'fp-ts/Either';

/** How the scheduler runs; every field has a default. */
export interface SchedulerOptions {
  /** When reminders may go out on business days, `HH:mm` Europe/Amsterdam. Default 08:00–18:00. */
  officeHours?: { start: string; end: string };
  /** Milliseconds between passes when running continuously. Default 60,000. */
  intervalMs?: number;
  /** Who the commands are issued as, in the events' `actor`. Default `scheduler`. */
  actor?: string;
  /**
   * Invoices worked on at once in a pass. Default 32: their commands reach the store
   * together, so SQLite commits them in one transaction (group commit, one fsync) and
   * PostgreSQL runs them on several connections.
   */
  concurrency?: number;
  /**
   * Commit the read model after this many folded events. Default 200,000: a commit writes
   * the whole state (about a kilobyte per watched invoice), so it is kept rare.
   */
  commitEvery?: number;
  /** …or at the end of a catch-up this long after the last commit. Default 300,000 (5 min). */
  commitAfterMs?: number;
}

export interface ResolvedSchedulerOptions {
  readonly officeHours: OfficeHours;
  readonly intervalMs: number;
  readonly actor: string;
  readonly concurrency: number;
  readonly commitEvery: number;
  readonly commitAfterMs: number;
}

/** A scheduler configured with something it cannot use; says what, for the operator. */
export class InvalidSchedulerOptions extends Error {
  override readonly name = 'InvalidSchedulerOptions';
}

const positive = (name: string, value: number | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new InvalidSchedulerOptions(`${name} must be a positive number, got ${value}`);
  }
  return value;
};

/** Invoices a pass works on at once unless told otherwise. */
export const DEFAULT_PASS_CONCURRENCY = 32;

/** Fills in the defaults; throws InvalidSchedulerOptions for office hours or numbers that make no sense. */
export const resolveSchedulerOptions = (
  options: SchedulerOptions = {},
): ResolvedSchedulerOptions => {
  const hours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
  const checked = officeHours(hours.start, hours.end);
  if (E.isLeft(checked)) {
    throw new InvalidSchedulerOptions(
      `office hours must be HH:mm to HH:mm with the start first, got ${hours.start}–${hours.end}`,
    );
  }
  const actor = options.actor ?? 'scheduler';
  if (actor.trim() === '') throw new InvalidSchedulerOptions('the actor must not be empty');
  return {
    officeHours: checked.right,
    intervalMs: positive('intervalMs', options.intervalMs, 60_000),
    actor,
    concurrency: Math.floor(positive('concurrency', options.concurrency, DEFAULT_PASS_CONCURRENCY)),
    commitEvery: Math.floor(positive('commitEvery', options.commitEvery, 200_000)),
    commitAfterMs: positive('commitAfterMs', options.commitAfterMs, 300_000),
  };
};
