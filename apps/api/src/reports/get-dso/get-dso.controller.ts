import { DEFAULT_DSO_PERIOD_DAYS, dsoReport } from '@debiteur/core';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import * as t from 'io-ts';
import { ApiRequest } from '../../http/api-request';
import { decodeQuery } from '../../http/decode-input';
import { ReportQuery } from '../../read-models/report-query';

/** `?periodDays=`: a whole number of days, 1 to 3650, as written in a query string. */
export const PeriodDays = t.refinement(
  t.string,
  (s) => /^\d{1,4}$/.test(s) && Number(s) >= 1 && Number(s) <= 3650,
  'PeriodDays (1-3650)',
);

@Controller('reports')
export class GetDsoController {
  constructor(@Inject(ReportQuery) private readonly reports: ReportQuery) {}

  /** Days sales outstanding (standard, count-back, best possible), per currency. */
  @Get('dso')
  async getDso(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query('asOf') asOf: unknown,
    @Query('periodDays') periodDays: unknown,
  ) {
    const today = this.reports.dateOf(asOf);
    const days =
      periodDays === undefined
        ? DEFAULT_DSO_PERIOD_DAYS
        : Number(decodeQuery('periodDays', PeriodDays, periodDays));
    return this.reports.answer(request, response, ({ state, tenantId }) =>
      dsoReport(state.ledger, tenantId, today, days),
    );
  }
}
