import { callSheet } from '@debiteur/core';
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiRequest } from '../../http/api-request';
import { debtorIdParam } from '../../http/decode-input';
import { ReportQuery } from '../../read-models/report-query';

@Controller('debtors')
export class GetCallSheetController {
  constructor(@Inject(ReportQuery) private readonly reports: ReportQuery) {}

  /**
   * What the collector needs before the call (story 8): contact, open invoices, outstanding,
   * creditworthiness, agreements, reminders and demand letters sent, share of revenue.
   */
  @Get(':id/call-sheet')
  async getCallSheet(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('id') id: string,
    @Query('asOf') asOf: unknown,
  ) {
    const debtorId = debtorIdParam(id);
    const today = this.reports.dateOf(asOf);
    return this.reports.answerForDebtor(request, response, debtorId, ({ state, tenantId }) =>
      callSheet(state, tenantId, debtorId, today),
    );
  }
}
