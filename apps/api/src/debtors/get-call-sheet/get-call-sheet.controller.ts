import { callSheet } from '@debiteur/core';
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { ResourceNotFound } from '../../http/api-errors';
import { ApiRequest, callerOf } from '../../http/api-request';
import { debtorIdParam } from '../../http/decode-input';
import { reportDateOf } from '../../read-models/report-date';
import { ReportsReadModel } from '../../read-models/reports-read-model';
import { setStalenessHeaders } from '../../read-models/staleness-headers';

@Controller('debtors')
export class GetCallSheetController {
  constructor(
    @Inject(API_OPTIONS) private readonly options: ResolvedApiOptions,
    @Inject(ReportsReadModel) private readonly readModel: ReportsReadModel,
  ) {}

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
    const today = reportDateOf(this.options.clock, asOf);
    const { tenantId } = callerOf(request);
    const { state } = await this.readModel.snapshotFor(tenantId);
    const sheet = callSheet(state, tenantId, debtorId, today);
    if (sheet.contact === null && sheet.creditworthiness.invoices === 0) {
      throw new ResourceNotFound('debtor', debtorId);
    }
    await setStalenessHeaders(response, this.readModel);
    return sheet;
  }
}
