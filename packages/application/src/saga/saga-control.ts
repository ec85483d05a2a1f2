import { DueActionTag, Instant, OfficeClosed } from '@debiteur/core';

/** What one saga pass did, for logs, the test clock's answer and `debiteur schedule`. */
export interface PassSummary {
  /** The instant the pass ran as of. */
  readonly asOf: Instant;
  /** Invoices whose due action was looked at. */
  readonly examined: number;
  /** Commands the pass issued that were accepted (reminders, broken promises, hand-overs…). */
  readonly acted: number;
  /** Commands the invoice refused (another scheduler was first, a payment just came in…). */
  readonly refused: number;
  /** The pass ran outside office hours or on a non-business day, so it sent nothing. */
  readonly outsideOfficeHours: boolean;
  /** Why the office was closed, when `outsideOfficeHours`. */
  readonly closed?: OfficeClosed;
  /** Accepted commands by the action they carried out. */
  readonly byAction?: Readonly<Record<DueActionTag, number>>;
  /** Another writer moved an invoice first: reloaded and decided again (not an error). */
  readonly conflicts?: number;
  /** Invoices whose turn failed on a fault (logged; a later pass tries them again). */
  readonly failed?: number;
  /** Events the due-actions read model folded before the pass looked for what is due. */
  readonly caughtUpEvents?: number;
  /** Wall-clock milliseconds the pass took, catch-up included. */
  readonly durationMs?: number;
}

/** How far the saga's read models trail the store. */
export interface SagaStatus {
  readonly running: boolean;
  readonly lastPass: PassSummary | null;
  /** Events the due-actions read model has yet to apply (counted up to a cap). */
  readonly pendingEvents: number;
  readonly pendingCapped: boolean;
}

/**
 * The saga as the API sees it when both run in one process: the test clock runs a pass
 * when it moves and answers once it is done; `/health` reports the status.
 */
export interface SagaControl {
  runPassAsOf(asOf: Instant): Promise<PassSummary>;
  status(): Promise<SagaStatus>;
}
