import { DEFAULT_DSO_PERIOD_DAYS, dsoReport } from '@debiteur/core';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import * as t from 'io-ts';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { ApiRequest, callerOf } from '../../http/api-request';
import { decodeQuery } from '../../http/decode-input';
import { reportDateOf } from '../../read-models/report-date';
import { ReportsReadModel } from '../../read-models/reports-read-model';
import { setStalenessHeaders } from '../../read-models/staleness-headers';

/** `?periodDays=`: a whole number of days, 1 to 3650, as written in a query string. */
export const PeriodDays = t.refinement(
  t.string,
  (s) => /^\d{1,4}$/.test(s) && Number(s) >= 1 && Number(s) <= 3650,
  'PeriodDays (1-3650)',
);

@Controller('reports')
export class GetDsoController {
  constructor(
    @Inject(API_OPTIONS) private readonly options: ResolvedApiOptions,
    @Inject(ReportsReadModel) private readonly readModel: ReportsReadModel,
  ) {}

  /** Days sales outstanding (standard, count-back, best possible), per currency. */
  @Get('dso')
  async getDso(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query('asOf') asOf: unknown,
    @Query('periodDays') periodDays: unknown,
  ) {
    const today = reportDateOf(this.options.clock, asOf);
    const days =
      periodDays === undefined
        ? DEFAULT_DSO_PERIOD_DAYS
        : Number(decodeQuery('periodDays', PeriodDays, periodDays));
    const { tenantId } = callerOf(request);
    const { state } = await this.readModel.snapshotFor(tenantId);
    await setStalenessHeaders(response, this.readModel);
    return dsoReport(state.ledger, tenantId, today, days);
  }
}
