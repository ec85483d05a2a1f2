import { RequestContext, RunOptions } from '@debiteur/application';
import { InvoiceId } from '@debiteur/core';

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

/** The base of a command on one invoice: the invoice named in the path and the decoded body. */
export abstract class InvoiceWriteCommand<Body> extends WriteCommand {
  constructor(
    meta: WriteMeta,
    readonly invoiceId: InvoiceId,
    readonly body: Body,
  ) {
    super(meta);
  }
}
