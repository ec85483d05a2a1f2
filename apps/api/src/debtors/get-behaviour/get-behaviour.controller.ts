import { paymentBehaviour } from '@debiteur/core';
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { debtorIdParam } from '../../http/decode-input';
import { ReportQuery } from '../../read-models/report-query';

@Controller('debtors')
export class GetBehaviourController {
  constructor(@Inject(ReportQuery) private readonly reports: ReportQuery) {}

  /**
   * How the debtor pays (story 4): days to pay (issue date → the day it was settled), days
   * late, on-time ratio, outstanding and rating, from the reports read model.
   */
  @Get(':id/behaviour')
  async getBehaviour(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('id') id: string,
    @Query('asOf') asOf: unknown,
  ) {
    const debtorId = debtorIdParam(id);
    const today = this.reports.dateOf(asOf);
    return this.reports.answerForDebtor(request, response, debtorId, ({ state, tenantId }) =>
      paymentBehaviour(state.ledger, tenantId, debtorId, today),
    );
  }
}
