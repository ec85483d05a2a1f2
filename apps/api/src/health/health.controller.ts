import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { API_OPTIONS, ResolvedApiOptions } from '../app/api-options';
import { PublicRoute } from '../http/public-route';
import { ReportsReadModel } from '../read-models/reports-read-model';

const PROBE_TIMEOUT_MS = 2_000;

const withTimeout = <A>(work: Promise<A>): Promise<A> =>
  Promise.race([
    work,
    sleep(PROBE_TIMEOUT_MS, undefined, { ref: false }).then(() => {
      throw new Error('timed out');
    }),
  ]);

const failureOf = (error: unknown): { readonly error: string } => ({
  error: error instanceof Error ? error.message : String(error),
});

@PublicRoute()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(API_OPTIONS) private readonly options: ResolvedApiOptions,
    @Inject(ReportsReadModel) private readonly readModel: ReportsReadModel,
  ) {}

  /**
   * Whether the store answers, the saga's status when it runs in this process, and how far
   * the read models trail the store. 200 when the store is reachable, else 503.
   */
  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    const { stores, saga } = this.options;
    const reachable = await withTimeout(stores.events.headPosition()).then(
      () => true,
      () => false,
    );
    const sagaStatus =
      saga === undefined
        ? 'not in this process'
        : await withTimeout(saga.status()).catch(failureOf);
    const reports = reachable
      ? await withTimeout(this.readModel.lag()).catch(failureOf)
      : { error: 'store unreachable' };
    response.status(reachable ? 200 : 503);
    return {
      status: reachable ? 'ok' : 'degraded',
      store: { kind: stores.kind, description: stores.description, reachable },
      saga: sagaStatus,
      readModels: { reports },
    };
  }
}
