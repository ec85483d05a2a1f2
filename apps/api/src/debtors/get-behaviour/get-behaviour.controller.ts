import { debtorContact, debtorEntries, paymentBehaviour } from '@debiteur/core';
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
export class GetBehaviourController {
  constructor(
    @Inject(API_OPTIONS) private readonly options: ResolvedApiOptions,
    @Inject(ReportsReadModel) private readonly readModel: ReportsReadModel,
  ) {}

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
    const today = reportDateOf(this.options.clock, asOf);
    const { tenantId } = callerOf(request);
    const { state } = await this.readModel.snapshotFor(tenantId);
    const known =
      debtorContact(state.debtors, tenantId, debtorId) !== null ||
      debtorEntries(state.ledger, tenantId, debtorId).length > 0;
    if (!known) throw new ResourceNotFound('debtor', debtorId);
    await setStalenessHeaders(response, this.readModel);
    return paymentBehaviour(state.ledger, tenantId, debtorId, today);
  }
}
