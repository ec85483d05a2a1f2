import { RequestContext, RunOptions } from '@debiteur/application';

/** What every write command carries besides its input: who asks, and how to run it. */
export interface WriteMeta {
  readonly context: RequestContext;
  /** `ifMatch` from `If-Match`; `newEventId` derived from the `Idempotency-Key`. */
  readonly run: RunOptions;
}

/** A write's answer: status, JSON body and the stream's new version (the ETag). */
export interface WriteOutcome {
  readonly status: number;
  readonly version: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The base of every command sent over the CommandBus by a controller. */
export abstract class WriteCommand {
  constructor(readonly meta: WriteMeta) {}
}
