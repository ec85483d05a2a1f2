import { agingReport } from '@debiteur/core';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { ApiRequest, callerOf } from '../../http/api-request';
import { reportDateOf } from '../../read-models/report-date';
import { ReportsReadModel } from '../../read-models/reports-read-model';
import { setStalenessHeaders } from '../../read-models/staleness-headers';

@Controller('reports')
export class GetAgingController {
  constructor(
    @Inject(API_OPTIONS) private readonly options: ResolvedApiOptions,
    @Inject(ReportsReadModel) private readonly readModel: ReportsReadModel,
  ) {}

  /** Receivables by days past due (not due, 1-30, 31-60, 61-90, 90+), per currency. */
  @Get('aging')
  async getAging(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query('asOf') asOf: unknown,
  ) {
    const today = reportDateOf(this.options.clock, asOf);
    const { tenantId } = callerOf(request);
    const { state } = await this.readModel.snapshotFor(tenantId);
    await setStalenessHeaders(response, this.readModel);
    return agingReport(state.ledger, tenantId, today);
  }
}
