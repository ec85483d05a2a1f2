import {
  eventIdsForKey,
  IdempotencyRecords,
  RecordedResponse,
  RequestContext,
} from '@debiteur/application';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../app/api-options';
import { WriteCommand, WriteMeta, WriteOutcome } from '../commands/write-outcome';
import { ReportsReadModel } from '../read-models/reports-read-model';
import { IdempotencyKeyReused, InvalidInput } from './api-errors';
import { ApiRequest, callerOf, Caller, traceOf } from './api-request';
import { errorResponse } from './error-response';
import { etagOf, idempotencyKeyOf, ifMatchOf, requestHashOf } from './write-headers';

type BuildCommand = (meta: WriteMeta) => WriteCommand;

const send = (response: Response, recorded: RecordedResponse, replayed: boolean): void => {
  for (const [name, value] of Object.entries(recorded.headers)) response.setHeader(name, value);
  if (replayed) response.setHeader('Idempotent-Replayed', 'true');
  response.status(recorded.status).json(recorded.body);
};

const recordedOf = (outcome: WriteOutcome, requestHash: string): RecordedResponse => ({
  requestHash,
  status: outcome.status,
  body: outcome.body,
  headers: { ETag: etagOf(outcome.version), ...outcome.headers },
});

/**
 * Every write goes through here: it reads `If-Match` and `Idempotency-Key`, builds the
 * command (decoding the body), sends it over the CommandBus into the command shell and
 * answers with the new version as ETag.
 *
 * Under an `Idempotency-Key` the first response that the command step produced (success or
 * rejection, never a 400 for bad input or a 5xx) is stored per tenant and key; a retry of
 * the same method, path and body gets it back with `Idempotent-Replayed: true`, a different
 * request under the key gets 422. Event ids derive from the key, so a retry after a crash
 * between storing the events and storing the response does not store the events twice.
 * Requests under one key are serialised within one process.
 */
@Injectable()
export class WriteGateway {
  private readonly records: IdempotencyRecords;
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    @Inject(CommandBus) private readonly commandBus: CommandBus,
    @Inject(API_OPTIONS) private readonly options: ResolvedApiOptions,
    @Inject(ReportsReadModel) private readonly readModel: ReportsReadModel,
  ) {
    this.records = new IdempotencyRecords(options.stores.events);
  }

  async run(request: ApiRequest, response: Response, build: BuildCommand): Promise<void> {
    const caller = callerOf(request);
    const ifMatch = ifMatchOf(request);
    const key = idempotencyKeyOf(request);
    const context = this.contextOf(request, caller);
    if (key === undefined) {
      const outcome = await this.execute(
        build({ context, run: ifMatch === undefined ? {} : { ifMatch } }),
        caller,
      );
      send(response, recordedOf(outcome, ''), false);
      return;
    }
    const lock = `${caller.tenantId}\n${key}`;
    const previous = this.inFlight.get(lock) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => this.runOnce(request, response, build, { caller, context, key, ifMatch }));
    this.inFlight.set(lock, run);
    try {
      await run;
    } finally {
      if (this.inFlight.get(lock) === run) this.inFlight.delete(lock);
    }
  }

  private async runOnce(
    request: ApiRequest,
    response: Response,
    build: BuildCommand,
    given: {
      readonly caller: Caller;
      readonly context: RequestContext;
      readonly key: string;
      readonly ifMatch: number | undefined;
    },
  ): Promise<void> {
    const { caller, context, key, ifMatch } = given;
    const requestHash = requestHashOf(request);
    const existing = await this.records.find(caller.tenantId, key);
    if (existing !== null) {
      if (existing.requestHash !== requestHash) throw new IdempotencyKeyReused(key);
      send(response, existing, true);
      return;
    }
    const command = build({
      context,
      run: {
        ...(ifMatch === undefined ? {} : { ifMatch }),
        newEventId: eventIdsForKey(caller.tenantId, key),
      },
    });
    const at = this.options.clock.now();
    const recordContext = { at, actor: caller.actor, correlationId: context.correlationId };
    let outcome: WriteOutcome;
    try {
      outcome = await this.execute(command, caller);
    } catch (error) {
      const mapped = errorResponse(error);
      if (mapped.status >= 500 || error instanceof InvalidInput) throw error;
      const first = await this.records.record(
        caller.tenantId,
        key,
        { requestHash, status: mapped.status, body: mapped.body, headers: { ...mapped.headers } },
        recordContext,
      );
      send(response, first, false);
      return;
    }
    const first = await this.records.record(
      caller.tenantId,
      key,
      recordedOf(outcome, requestHash),
      recordContext,
    );
    send(response, first, false);
  }

  private async execute(command: WriteCommand, caller: Caller): Promise<WriteOutcome> {
    const outcome = await this.commandBus.execute<WriteCommand, WriteOutcome>(command);
    this.readModel.noteWrite(caller.tenantId);
    return outcome;
  }

  private contextOf(request: ApiRequest, caller: Caller): RequestContext {
    const trace = traceOf(request);
    return {
      tenantId: caller.tenantId,
      actor: caller.actor,
      reason: null,
      correlationId: trace.correlationId,
      causationId: trace.requestId,
    };
  }
}
