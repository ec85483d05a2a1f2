import { agingReport } from '@debiteur/core';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { ReportQuery } from '../../read-models/report-query';

@Controller('reports')
export class GetAgingController {
  constructor(@Inject(ReportQuery) private readonly reports: ReportQuery) {}

  /** Receivables by days past due (not due, 1-30, 31-60, 61-90, 90+), per currency. */
  @Get('aging')
  async getAging(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query('asOf') asOf: unknown,
  ) {
    const today = this.reports.dateOf(asOf);
    return this.reports.answer(request, response, ({ state, tenantId }) =>
      agingReport(state.ledger, tenantId, today),
    );
  }
}
